package index

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/talksbot/talksbot/corpus"
)

// TestRawRewrite: an update writes the RAW entries it did not change as
// they were read, and the entries it did with the strings they add; the
// RAW read back is the entries as they are now, as a RAW written from
// scratch gives them.
func TestRawRewrite(t *testing.T) {
	entries := []rawEntry{
		{Path: "a.txt", Read: true, Outlet: "Wire", Lines: []uint64{1, 2}, Keys: []uint64{3}, Drops: []int{0},
			People:   []corpus.Person{{Name: "Anna Berg", Role: "envoy", Aliases: []string{"berg"}, Quotes: 1, Credits: []corpus.Credit{{Doc: "a.txt", Line: "By Anna Berg"}}}},
			Quotes:   []corpus.Speaker{{Name: "Anna Berg", Role: "envoy"}},
			Reported: []string{"Anna Berg"}, Final: []string{"Anna Berg", "Anna Berg"}, Date: "2025-12-09",
			PassageParas: []int{1, 2}, QuoteParas: []int{2, 2}},
		{Path: "b.txt", Skip: "empty"},
		{Path: "c.txt", Read: true, Outlet: "Wire", Lines: []uint64{2}, Final: []string{""}, Date: "2025-12-10", QuoteParas: []int{1}},
	}
	dir := t.TempDir()
	write := func(b []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, rawFile), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func() ([]rawEntry, []string) {
		t.Helper()
		rs, table, err := readRaw(dir)
		if err != nil {
			t.Fatal(err)
		}
		for i := range rs {
			if err := rs[i].load(table); err != nil {
				t.Fatal(err)
			}
		}
		return rs, table
	}
	// plain is the entries' content (as encodeRawEntry writes it alone,
	// whatever their bytes read).
	plain := func(rs []rawEntry) []string {
		out := make([]string, len(rs))
		for i := range rs {
			out[i] = encodeRawEntry(&rs[i])
		}
		return out
	}
	write(encodeRaw(entries, nil))
	got, table := read()
	if !reflect.DeepEqual(plain(got), plain(entries)) {
		t.Fatalf("read back\n%+v\nwant\n%+v", got, entries)
	}
	// c.txt read again, with a new outlet and speaker; d.txt added.
	got[2] = rawEntry{Path: "c.txt", Read: true, Outlet: "Ledger", Quotes: []corpus.Speaker{{Name: "Ivan Petrenko"}}, Final: []string{"Ivan Petrenko"}, QuoteParas: []int{3}}
	got = append(got, rawEntry{Path: "d.txt", Skip: "empty"})
	want := plain(got)
	write(encodeRaw(got, table))
	again, _ := read()
	if !reflect.DeepEqual(plain(again), want) {
		t.Fatalf("rewritten, read back\n%+v\nwant\n%+v", again, got)
	}
	for i := range got {
		got[i].enc, got[i].encFinal = nil, nil
	}
	write(encodeRaw(got, nil))
	scratch, _ := read()
	if !reflect.DeepEqual(plain(scratch), plain(again)) {
		t.Fatal("a RAW rewritten differs from one written from scratch")
	}
}
