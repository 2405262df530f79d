#!/usr/bin/env bash
# vendor.sh fetches the browser assets the server embeds from the npm
# registry, at the versions pinned below, with their licences, into
# static/graphiql/ and static/explore/. Run it from anywhere to refresh them; the build itself
# never needs npm or the network.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/static/graphiql"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
	graphiql@3.8.3 react@18.3.1 react-dom@18.3.1 cytoscape@3.33.1 >/dev/null
m=node_modules
cp "$m/graphiql/graphiql.min.js" "$m/graphiql/graphiql.min.css" "$out/"
cp "$m/react/umd/react.production.min.js" "$out/"
cp "$m/react-dom/umd/react-dom.production.min.js" "$out/"
cp "$m/graphiql/LICENSE" "$out/LICENSE.graphiql"
cp "$m/react/LICENSE" "$out/LICENSE.react"
cp "$m/react-dom/LICENSE" "$out/LICENSE.react-dom"
cp "$m/cytoscape/dist/cytoscape.min.js" "$here/static/explore/"
cp "$m/cytoscape/LICENSE" "$here/static/explore/LICENSE.cytoscape"
echo "vendored into $out and $here/static/explore"
