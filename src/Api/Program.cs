using FireMap.Api;
using FireMap.Api.Accounts;

// "user …" manages accounts from the shell; anything else serves FireMap.
if (args is ["user", .. var rest])
{
    return await UserCommand.RunAsync(rest, Console.Out, Console.Error);
}

var app = FireMapApp.Build(args);
await app.RunAsync();
return 0;
