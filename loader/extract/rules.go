package extract

import (
	"fmt"
	"math"
	"strconv"
	"sync"

	"github.com/pledgegraph/pledgegraph"
)

// minRuleFacts is how many facts a rule must have made on the evaluation
// sets before its measured precision stands for its facts' confidence.
const minRuleFacts = 5

// rulePrecisions reads data/rules.tsv: the precision of each extraction
// rule measured on the evaluation sets (written by pledgegraph eval
// --rules), for the rules with enough facts to tell.
var rulePrecisions = sync.OnceValues(func() (map[string]float64, error) {
	b, err := dataFS.ReadFile("data/rules.tsv")
	if err != nil {
		return nil, fmt.Errorf("extract: rules: %w", err)
	}
	out := map[string]float64{}
	err = eachRow(b, 5, func(n int, f []string) error {
		facts, err1 := strconv.Atoi(f[1])
		p, err2 := strconv.ParseFloat(f[4], 64)
		if err1 != nil || err2 != nil || p < 0 || p > 1 {
			return fmt.Errorf("line %d: bad numbers", n)
		}
		if facts >= minRuleFacts {
			out[f[0]] = p
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("extract: rules.tsv: %w", err)
	}
	return out, nil
})

// rateFacts sets the confidence of each fact read by a rule of measured
// precision to that precision (the highest of its pieces of evidence);
// the others keep the rating of the rule that made them.
func rateFacts(facts []pledgegraph.Fact, precision map[string]float64) {
	for k := range facts {
		f := &facts[k]
		if f.Reference {
			continue
		}
		best := -1.0
		for _, ev := range f.Evidence {
			if p, ok := precision[ev.Rule]; ok {
				best = max(best, p)
			}
		}
		if best >= 0 {
			f.Confidence = math.Round(best*100) / 100
		}
	}
}
