// Starts GraphiQL on /graphql/ide against the tool's own /graphql, with the page's session token as the bearer.
(function () {
  var meta = document.querySelector('meta[name="lti-session"]');
  var headers = meta ? { Authorization: 'Bearer ' + meta.content } : {};
  var fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: headers });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true }));
})();
