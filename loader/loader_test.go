package loader

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgegraph/pledgegraph"
)

func TestNewDocument(t *testing.T) {
	tests := []struct {
		name      string
		raw       string
		wantErr   error
		lang      pledgegraph.Lang
		published string
		title     string
	}{
		{"french", "Le titre\n\nLa France et l’Allemagne ont signé l'appel le 12 novembre 2018 pour la paix.", nil, pledgegraph.French, "", "Le titre"},
		{"english", "A title\n\nThe United States and the United Kingdom signed the call on November 12, 2018.", nil, pledgegraph.English, "", "A title"},
		{"date line", " date 2021-11 \"Je salue la décision\", a déclaré le ministre de la France.", nil, pledgegraph.French, "2021-11", "\"Je salue la décision\", a déclaré le ministre de la France."},
		{"other language", "Der Pariser Appell wurde von vielen Staaten unterzeichnet.", nil, "und", "", "Der Pariser Appell wurde von vielen Staaten unterzeichnet."},
		{"one long line", strings.Repeat("La France a signé l'Appel de Paris. ", 20), nil, pledgegraph.French, "",
			strings.Repeat("La France a signé l'Appel de Paris. ", 5) + "La France a signé…"}, // cut at a word, within 200 characters
		{"empty", " \n\n ", ErrEmpty, "", "", ""},
		{"not utf-8", "ab\xffcd", ErrNotUTF8, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewDocument("x.txt", "x.txt", []byte(tc.raw))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("NewDocument error = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				var de *DocError
				if !errors.As(err, &de) || de.DocID != "x.txt" {
					t.Errorf("error %v is not a *DocError for x.txt", err)
				}
				return
			}
			if doc.Lang != tc.lang {
				t.Errorf("Lang = %v, want %v", doc.Lang, tc.lang)
			}
			if got := doc.Published.String(); got != tc.published {
				t.Errorf("Published = %v, want %v", got, tc.published)
			}
			if doc.Title != tc.title {
				t.Errorf("Title = %q, want %q", doc.Title, tc.title)
			}
			if len(doc.Hash) != 64 {
				t.Errorf("Hash = %q, want 64 hex digits", doc.Hash)
			}
		})
	}
	t.Run("not utf-8 offset", func(t *testing.T) {
		_, err := NewDocument("x.txt", "x.txt", []byte("ab\xffcd"))
		var de *DocError
		if !errors.As(err, &de) || de.Offset != 2 {
			t.Errorf("error = %v, want offset 2", err)
		}
	})
}

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "La France a signé l'appel.")
	write("sub/a.txt", "Les États-Unis ont signé l'appel.")
	write("bad.txt", "\xfe\xff")
	write("empty.txt", "")
	write("notes.md", "# Notes\n\nLa **France** a rejoint [l'appel](https://example.org).")
	write("image.png", "\x89PNG")
	docs, err := ReadPaths([]string{dir, filepath.Join(dir, "missing.txt")})
	var ids []string
	for _, d := range docs {
		ids = append(ids, string(d.ID))
	}
	if got, want := strings.Join(ids, ","), "b.txt,notes.md,a.txt"; got != want {
		t.Errorf("documents = %v, want %v", got, want)
	}
	for _, want := range []string{"bad.txt", "empty.txt", "missing.txt"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %s", err, want)
		}
	}
}

type fakeWriter struct {
	fail  pledgegraph.DocumentID
	wrote []pledgegraph.DocumentID
}

func (w *fakeWriter) WriteExtraction(ctx context.Context, x *pledgegraph.Extraction) error {
	if x.Document.ID == w.fail {
		return pledgegraph.Errorf(pledgegraph.ECONFLICT, "document %s stored with another text", x.Document.ID)
	}
	w.wrote = append(w.wrote, x.Document.ID)
	return nil
}

func TestLoad(t *testing.T) {
	var docs []*pledgegraph.Document
	for _, s := range []struct{ id, text string }{
		{"a.txt", "La Chine et la Russie boudent l'Appel de Paris."},
		{"b.txt", "Microsoft a signé l'Appel de Paris."},
		{"c.txt", "Der Pariser Appell wurde von vielen Staaten unterzeichnet."},
	} {
		d, err := NewDocument(pledgegraph.DocumentID(s.id), s.id, []byte(s.text))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	w := &fakeWriter{fail: "b.txt"}
	var reports []Report
	sum, err := Load(t.Context(), w, docs, func(r Report) { reports = append(reports, r) })
	if err == nil || pledgegraph.ErrorCode(err) != pledgegraph.ECONFLICT {
		t.Errorf("Load error = %v, want a conflict", err)
	}
	if sum.Documents != 3 || sum.Failed != 1 {
		t.Errorf("summary = %+v, want 3 documents, 1 failed", sum)
	}
	if len(reports) != 3 || reports[0].Facts != 2 || reports[2].Facts != 0 || len(reports[2].Warnings) == 0 {
		t.Errorf("reports = %+v, want 2 facts for a.txt and a warning, no facts, for c.txt", reports)
	}
	if len(w.wrote) != 2 {
		t.Errorf("wrote %v, want a.txt and c.txt", w.wrote)
	}
}
