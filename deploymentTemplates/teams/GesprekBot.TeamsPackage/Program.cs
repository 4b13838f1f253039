using GesprekBot.TeamsPackage;

// dotnet run --project deploymentTemplates/teams/GesprekBot.TeamsPackage -- package --app-id … --bot-id … --host …
// dotnet run --project deploymentTemplates/teams/GesprekBot.TeamsPackage -- icons   (redraws color.png and outline.png)
return PackageCommand.Run(args, Console.Out, Console.Error);
