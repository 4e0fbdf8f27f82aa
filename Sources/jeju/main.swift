import JejuCLI

Jeju.main()
