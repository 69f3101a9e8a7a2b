import MusterCLI

await MusterCommand.main()
