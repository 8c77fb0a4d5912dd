using FireMap.Api;
using FireMap.Api.Accounts;
using FireMap.Api.Database;
using FireMap.Api.Operations;

// "user …" manages accounts and "backup"/"restore" keep the data, from the shell; anything else serves FireMap.
if (args is ["user", .. var rest])
{
    return await UserCommand.RunAsync(rest, Console.Out, Console.Error);
}

if (args is ["backup" or "restore", ..])
{
    return await OperationsCommand.RunAsync(args, Console.Out, Console.Error);
}

try
{
    var app = FireMapApp.Build(args);
    await app.RunAsync();
    return 0;
}
catch (SchemaTooNewException e)
{
    await Console.Error.WriteLineAsync($"FireMap cannot start: {e.Message}");
    return 3;
}
