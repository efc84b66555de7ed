from newsclaims.cli import main

main()
