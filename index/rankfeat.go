package index

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// passageFeatures are what rank knows of a candidate passage for a
// question, beyond its BM25 score: how much of the question it holds,
// how close together, and whether the thing asked for stands in the
// sentence that holds the question's words.
type passageFeatures struct {
	bm25     float64 // the BM25 score, before any boost
	coverage float64 // the share of the question's weighted words held (text, heading, headline)
	literal  float64 // the share held as the question wrote them
	typed    typeFit
	want     answerType
	asks     bool    // the passage is a question itself
	words    int     // its length in words
	sentence float64 // the best one sentence's share of the question's weighted words
	typeSent bool    // the thing asked for stands in that sentence
	span     float64 // distinct question words matched per word of the shortest window holding them all
	para     int     // its paragraph number in the article
	answers  bool    // its coverage reaches minCoverage (once capped as rank caps it)
	key      bool    // it holds the question's weightiest word (or a relative of it)
	quoted   float64 // the share of its text inside quotation marks
	record   bool    // it is a record's fields ("Venue: …"), not prose
	dayDate  bool    // it gives a day of a month ("14 December", "the 4th of October")
}

// rankTrace, when set (by the test that learns the rank weights), is
// called with each candidate list rank scores, in BM25 order, and their
// feature vectors.
var rankTrace func(hits []hit, vectors [][]float64)

// closeness measures how the question's words sit in text, setting f's
// length in words, the best sentence's share of the question's weight,
// whether a thing of the type asked for (types, as scanTypes found them)
// stands in that sentence, how tight the shortest window holding every
// matched question word is, and whether the question's weightiest word
// is among them.
func (m *matcher) closeness(text string, types []typeAt, f *passageFeatures) {
	type pos struct {
		word, sent, q int
		credit        float64
	}
	var at []pos
	sent, n := 0, 0
	sentWords := []int{0} // the word each sentence opens at
	for sp := range words(text) {
		for _, x := range m.want[m.e.terms.of(text[sp.start:sp.end])] {
			at = append(at, pos{n, sent, x.q, x.credit})
		}
		n++
		if sentenceEndsAfter(text, sp) {
			sent++
			sentWords = append(sentWords, n)
		}
	}
	f.words = n
	if len(at) == 0 || m.total == 0 {
		return
	}
	// The best sentence: the matches come in sentence order.
	got := make([]float64, len(m.qs))
	best, bestSent := 0.0, 0
	for k := 0; k < len(at); {
		s := at[k].sent
		clear(got)
		for ; k < len(at) && at[k].sent == s; k++ {
			got[at[k].q] = max(got[at[k].q], at[k].credit)
			f.key = f.key || at[k].q == m.heaviest
		}
		w := 0.0
		for q, c := range got {
			w += m.qs[q].weight * c
		}
		if w > best {
			best, bestSent = w, s
		}
	}
	f.sentence = best / m.total
	lo, hi := sentWords[bestSent], math.MaxInt
	if bestSent+1 < len(sentWords) {
		hi = sentWords[bestSent+1]
	}
	for _, ta := range types {
		f.typeSent = f.typeSent || !ta.loose && ta.word >= lo && ta.word < hi
	}
	// The shortest window holding every distinct question word matched.
	distinct := make(map[int]int)
	for _, p := range at {
		distinct[p.q] = 0
	}
	need := len(distinct)
	have, l := 0, 0
	shortest := math.MaxInt
	for r := range at {
		if distinct[at[r].q] == 0 {
			have++
		}
		distinct[at[r].q]++
		for have == need {
			if w := at[r].word - at[l].word + 1; w < shortest {
				shortest = w
			}
			distinct[at[l].q]--
			if distinct[at[l].q] == 0 {
				have--
			}
			l++
		}
	}
	f.span = float64(need) / float64(shortest)
}

// featureNames name the entries of a candidate's feature vector
// (features), as the rank weights file names them.
var featureNames = []string{
	"log_score", "log_bm25", "bm25_share", "bm25_rank", "coverage", "literal",
	"type_in_passage", "type_loose_near", "type_far", "type_near", "type_counted", "type_missing",
	"asks", "log_words", "sentence", "type_sentence", "type_sentence_date", "type_sentence_place",
	"type_sentence_number", "span", "first_paragraph", "inv_paragraph", "answers",
	"key_word", "quoted", "typed_coverage", "typed_sentence", "typed_log_words", "record",
	"day_date",
	"doc_best", "doc_share", "next_door", "coverage_share",
}

// withContext appends to each candidate's vector what the other
// candidates say of it: the best coverage among its article's candidates,
// the share of the candidates its article holds, the best coverage of a
// candidate next to it in the article, and its coverage beside the best.
func withContext(vs [][]float64, hits []hit, docs []string, paras []int, on bool) {
	if !on {
		for i := range vs {
			vs[i] = append(vs[i], 0, 0, 0, 0)
		}
		return
	}
	// A few dozen candidates: pairs are cheaper than maps.
	top := 0.0
	for _, h := range hits {
		top = max(top, h.coverage)
	}
	for i, h := range hits {
		best, near, count := 0.0, 0.0, 0
		for j := range hits {
			if docs[j] != docs[i] {
				continue
			}
			count++
			best = max(best, hits[j].coverage)
			if paras[j] == paras[i]-1 || paras[j] == paras[i]+1 {
				near = max(near, hits[j].coverage)
			}
		}
		vs[i] = append(vs[i], best, float64(count)/float64(len(hits)), near, h.coverage/max(top, 1e-9))
	}
}

// features is a candidate's feature vector: f its features, score the
// rank the hand-set formula gave it, top the best BM25 score among the
// candidates, order its place in BM25 order (0 first).
func (f passageFeatures) vector(score, top float64, order int) []float64 {
	b := func(v bool) float64 { return float64(boolInt(v)) }
	typed := func(t typeFit) float64 { return b(f.want != typeNone && f.typed == t) }
	ts := func(t answerType) float64 { return b(f.typeSent && f.want&t != 0) }
	// Room for what withContext appends: one allocation a candidate.
	return append(make([]float64, 0, len(featureNames)),
		math.Log(max(score, 1e-9)), math.Log(max(f.bm25, 1e-9)), f.bm25/max(top, 1e-9), 1/float64(1+order),
		f.coverage, f.literal,
		typed(typeInPassage), typed(typeLooseNear), typed(typeFar), typed(typeNear), typed(typeCounted), typed(typeMissing),
		b(f.asks), math.Log1p(float64(f.words)), f.sentence, b(f.typeSent), ts(typeDate), ts(typePlace),
		ts(typeNumber), f.span, b(f.para <= 1), 1/float64(max(f.para, 1)), b(f.answers),
		b(f.key), f.quoted, b(f.want != typeNone)*f.coverage, b(f.want != typeNone)*f.sentence,
		b(f.want != typeNone)*math.Log1p(float64(f.words)), b(f.record),
		b(f.want&typeDate != 0 && f.dayDate),
	)
}

// quotedShare is the share of text's bytes inside quotation marks.
func quotedShare(text string) float64 {
	if text == "" {
		return 0
	}
	in, n := false, 0
	for _, r := range text {
		switch r {
		case '"', '“', '”':
			if r == '“' {
				in = true
			} else if r == '”' {
				in = false
			} else {
				in = !in
			}
			continue
		}
		if in {
			n += utf8.RuneLen(r)
		}
	}
	return float64(n) / float64(len(text))
}

//go:embed data/rankweights.tsv
var rankWeightsTSV []byte

// loadRankWeights reads the rank weights, one per feature, in the order
// of featureNames.
var loadRankWeights = sync.OnceValue(func() []float64 {
	w, err := parseRankWeights(rankWeightsTSV)
	if err != nil {
		panic(fmt.Sprintf("index: data/rankweights.tsv: %v", err)) // embedded data, checked by tests
	}
	return w
})

// parseRankWeights reads lines of a feature name and its weight, tab
// apart; "#" opens a comment. Every feature must have its weight.
func parseRankWeights(data []byte) ([]float64, error) {
	at := make(map[string]int, len(featureNames))
	for i, n := range featureNames {
		at[n] = i
	}
	w := make([]float64, len(featureNames))
	seen := make([]bool, len(featureNames))
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, val, ok := strings.Cut(line, "\t")
		i, known := at[name]
		if !ok || !known {
			return nil, fmt.Errorf("line %d: want a feature name and a weight, got %q", n, line)
		}
		x, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %v", n, err)
		}
		w[i], seen[i] = x, true
	}
	for i, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("no weight for %s", featureNames[i])
		}
	}
	return w, sc.Err()
}

// rankScore is a candidate's rank from its feature vector: the exponent
// of the weighted sum, so that it stays positive as BM25 scores are.
func rankScore(v []float64) float64 {
	w := loadRankWeights()
	s := 0.0
	for i, x := range v {
		s += w[i] * x
	}
	return math.Exp(max(-60, min(60, s)))
}
