package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
)

// pastimeRoots are the WordNet 3.0 noun synsets whose kinds, and the words
// filed under them as their topic, are pastimes: sport (sport, athletic
// game, game, contest, game equipment), dishes and meals, films and
// television programmes. What a community asks of these in chat ("did u
// see the derby", "best dumpling place") is about something a set of news
// articles on the talks does not cover, when they never use the word.
var pastimeRoots = map[string][]string{
	"sport": {"n00523513", "n00463246", "n00455599", "n07456188", "n03414162"},
	"food":  {"n07557434", "n07573696"},
	"film":  {"n06613686", "n06620579"},
}

// pastimeSenses is how many of a word's most frequent noun senses must all
// be pastimes: "campaign" (a race for office, then a military one) and
// "fishing" (a diversion, then a trade) are not.
const pastimeSenses = 2

// writePastimes writes "word<TAB>kind" for the single lower-case words
// whose most frequent noun senses (pastimeSenses of them) are all filed
// under a pastime root, by hypernym or by topic domain; which freq.tsv
// says are nouns most; and which WordNet never makes a verb ("film",
// "race", "dish" are also things done to or said of anything).
func writePastimes(path, freqPath, suffixPath string, w *wordnet) error {
	pos, err := freqPOS(freqPath)
	if err != nil {
		return err
	}
	rules, err := verbRules(suffixPath)
	if err != nil {
		return err
	}
	under := map[string]map[string]bool{} // kind → synset → filed under it
	for kind := range pastimeRoots {
		under[kind] = map[string]bool{}
	}
	var filed func(kind, id string, depth int) bool
	filed = func(kind, id string, depth int) bool {
		if v, ok := under[kind][id]; ok {
			return v
		}
		under[kind][id] = false // a cycle, or too deep, is not under it
		if slices.Contains(pastimeRoots[kind], id) {
			under[kind][id] = true
			return true
		}
		ss := w.synsets[id]
		if ss == nil || depth > 20 {
			return false
		}
		for _, p := range ss.ptrs {
			if (p.sym == "@" || p.sym == "@i" || p.sym == ";c") && p.target[0] == 'n' && filed(kind, p.target, depth+1) {
				under[kind][id] = true
				return true
			}
		}
		return false
	}
	out := map[string]string{}
	for lemma, byPOS := range w.senses {
		ns := byPOS['n']
		if len(ns) == 0 || len(byPOS['v']) > 0 || !plainWord(lemma) || strings.ContainsAny(lemma, "-'") || pos[lemma] != "n" || w.verbForm(lemma, rules) {
			continue
		}
		for _, kind := range slices.Sorted(maps.Keys(pastimeRoots)) {
			all := true
			for _, id := range ns[:min(len(ns), pastimeSenses)] {
				all = all && filed(kind, id, 0)
			}
			if all {
				out[lemma] = kind
				break
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, "# word<TAB>the pastime it names (sport, food, film): nouns whose most frequent senses WordNet 3.0 files under a sport, a dish or meal, or a film or programme; written by internal/lexgen")
	for _, word := range slices.Sorted(maps.Keys(out)) {
		fmt.Fprintf(bw, "%s\t%s\n", word, out[word])
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// verbForm reports a word that is a form of a verb WordNet knows, by
// morphy's detachment rules for verbs (rules, from suffixes.tsv: "putting"
// of put, "stops" of stop, "riding" of ride) or with the consonant before
// the ending doubled ("swimming", "stopped"): "how much is the uk putting
// in" is no golf.
func (w *wordnet) verbForm(word string, rules [][2]string) bool {
	isVerb := func(base string) bool { return len(base) >= 2 && len(w.senses[base]['v']) > 0 }
	for _, r := range rules {
		base, ok := strings.CutSuffix(word, r[0])
		if !ok {
			continue
		}
		if isVerb(base + r[1]) {
			return true
		}
		if n := len(base); r[1] == "" && n >= 2 && base[n-1] == base[n-2] && isVerb(base[:n-1]) {
			return true
		}
	}
	return false
}

// verbRules are morphy's detachment rules for verbs, as suffixes.tsv
// lists them: each suffix with the ending that replaces it.
func verbRules(path string) ([][2]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out [][2]string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if len(f) >= 2 && f[0] == "v" {
			end := ""
			if len(f) > 2 {
				end = f[2]
			}
			out = append(out, [2]string{f[1], end})
		}
	}
	return out, nil
}
