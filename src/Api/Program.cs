using FireMap.Api;

var app = FireMapApp.Build(args);
await app.RunAsync();
