// Starts GraphiQL on the server's GraphQL endpoint: queries and mutations
// over HTTP, subscriptions over a WebSocket (graphql-transport-ws) to the
// same endpoint. The write token, if any, goes in the Headers tab as
// {"Authorization": "Bearer TOKEN"}; it is sent on the WebSocket too.
(function () {
  var root = document.getElementById('graphiql');
  var endpoint = root.dataset.endpoint;
  var ws = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + endpoint;
  var fetcher = GraphiQL.createFetcher({ url: endpoint, subscriptionUrl: ws });
  var example = [
    '# Who supports the Paris Call, and which document says so?',
    '{',
    '  supporters(initiative: "Paris Call") {',
    '    subject { name type }',
    '    since',
    '    evidence { quote document { name } }',
    '  }',
    '}',
    ''
  ].join('\n');
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: example })
  );
})();
