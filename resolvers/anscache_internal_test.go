package resolvers

import "testing"

// TestAnswerCacheEvictsLeastRecent checks that a full answer cache drops
// the answer asked least recently, and keeps its byte count right.
func TestAnswerCacheEvictsLeastRecent(t *testing.T) {
	c := NewAnswerCache(AnswerCacheOptions{Generation: func() (uint64, bool) { return 1, true }})
	key := func(i int) [32]byte { return [32]byte{byte(i), byte(i >> 8), byte(i >> 16)} }
	for i := range maxCachedAnswers {
		c.put(key(i), &cachedAnswer{gen: 1, body: []byte("answer")})
	}
	c.answers.Get(key(0)) // asked again: now the most recent
	c.put(key(maxCachedAnswers), &cachedAnswer{gen: 1, body: []byte("answer")})
	for _, tt := range []struct {
		i    int
		kept bool
	}{{0, true}, {1, false}, {2, true}, {maxCachedAnswers, true}} {
		if c.answers.Contains(key(tt.i)) != tt.kept {
			t.Errorf("answer %d kept: %v, want %v", tt.i, !tt.kept, tt.kept)
		}
	}
	if want := maxCachedAnswers * len("answer"); c.bytes != want {
		t.Errorf("the cache counts %d bytes, want %d", c.bytes, want)
	}
}
