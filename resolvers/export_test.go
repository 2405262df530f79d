package resolvers

import "github.com/pledgegraph/pledgegraph/resolvers/model"

// Publish lets the tests of package resolvers_test publish changes as
// the mutations do.
func (c *Changes) Publish(g *model.GraphChange) { c.publish(g) }
