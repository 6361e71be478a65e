package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// monetaryUnit and coin are WordNet 3.0's synsets "monetary_unit" (a unit
// of money) and "coin": their hyponyms, all the way down, are the world's
// currencies and their coins ("krona", "dinar", "crown", "penny").
const (
	monetaryUnit = "n13604718"
	coin         = "n13388245"
)

// writeCurrencies writes the names of units of money, one a line with
// their plurals: the single words under WordNet's monetary_unit, of three
// letters or more, and the coins under "coin", each with its plural (WordNet's noun.exc where it has
// one, "pence"; else an "s", "es" or "ies" by the spelling).
func writeCurrencies(path, dir string, w *wordnet) error {
	irregular, err := pluralsOf(filepath.Join(dir, "noun.exc"))
	if err != nil {
		return err
	}
	words := map[string]bool{}
	seen := map[string]bool{}
	queue := []string{monetaryUnit, coin}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		ss := w.synsets[id]
		if seen[id] || ss == nil {
			continue
		}
		seen[id] = true
		for _, p := range ss.ptrs {
			if p.sym == "~" {
				queue = append(queue, p.target)
			}
		}
		if id == monetaryUnit || id == coin {
			continue
		}
		for _, lemma := range ss.words {
			if strings.ContainsAny(lemma, "_-.'") || len(lemma) < 3 {
				continue
			}
			words[lemma] = true
			for _, pl := range irregular[lemma] {
				words[pl] = true
			}
			words[regularPlural(lemma)] = true
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, "# units of money and their plurals: the single words under WordNet 3.0's monetary_unit and coin; written by internal/lexgen")
	for _, word := range slices.Sorted(maps.Keys(words)) {
		fmt.Fprintln(bw, word)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// pluralsOf reads WordNet's noun.exc ("pence penny") as lemma → its
// irregular plural forms.
func pluralsOf(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 {
			out[f[1]] = append(out[f[1]], f[0])
		}
	}
	return out, nil
}

// regularPlural is a noun's plural by its spelling: "dinars", "peso"s,
// "pennies", "kopeks".
func regularPlural(w string) string {
	switch {
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}
