// Mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL from /vendor) on this service's endpoint.
(function () {
  'use strict';

  var container = document.getElementById('graphiql');

  if (typeof React === 'undefined' || typeof ReactDOM === 'undefined' || typeof GraphiQL === 'undefined') {
    // Vendor files are served from web/node_modules; a missing `npm ci` shows up here.
    container.innerHTML =
      '<p class="explorer-error">无法加载 GraphiQL 脚本（/vendor/graphiql）。请在 web/ 目录运行 npm ci。' +
      '<br />Could not load the GraphiQL scripts from /vendor; run npm ci in web/.</p>';
    return;
  }

  // Resolved against the page so that a path base in front of /graphiql/ carries over to /graphql.
  var endpoint = new URL('../graphql', window.location.href).toString();

  var defaultQuery = [
    '# FireMap GraphQL 查询器',
    '# Ctrl+Enter 运行查询；点左侧“文档”图标浏览全部类型和字段。',
    '# Ctrl+Enter runs the query; the docs icon browses the schema.',
    '{',
    '  __typename',
    '}',
    '',
  ].join('\n');

  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      defaultEditorToolsVisibility: true,
    })
  );
})();
