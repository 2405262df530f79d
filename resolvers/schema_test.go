package resolvers_test

import (
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph/resolvers"
)

// TestSchemaDescriptions checks that the schema reads as documentation:
// every type, field, argument and enum value of ours has a description.
func TestSchemaDescriptions(t *testing.T) {
	c := newClient(fixture(t), resolvers.ServerOptions{})
	type described struct {
		Name        string
		Description *string
	}
	var resp struct {
		Schema struct {
			Types []struct {
				Name        string
				Description *string
				Fields      []struct {
					Name        string
					Description *string
					Args        []described
				}
				EnumValues []described
			}
		} `json:"__schema"`
	}
	query(t, c, `{ __schema { types {
		name description
		fields { name description args { name description } }
		enumValues { name description }
	} } }`, &resp)
	builtin := map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}
	empty := func(d *string) bool { return d == nil || strings.TrimSpace(*d) == "" }
	n := 0
	for _, ty := range resp.Schema.Types {
		if strings.HasPrefix(ty.Name, "__") || builtin[ty.Name] {
			continue
		}
		n++
		if empty(ty.Description) {
			t.Errorf("type %s has no description", ty.Name)
		}
		for _, f := range ty.Fields {
			if empty(f.Description) {
				t.Errorf("field %s.%s has no description", ty.Name, f.Name)
			}
			for _, a := range f.Args {
				if empty(a.Description) {
					t.Errorf("argument %s.%s(%s) has no description", ty.Name, f.Name, a.Name)
				}
			}
		}
		for _, v := range ty.EnumValues {
			if empty(v.Description) {
				t.Errorf("enum value %s.%s has no description", ty.Name, v.Name)
			}
		}
	}
	if n < 10 {
		t.Errorf("got %d types of ours, want at least 10", n)
	}
}
