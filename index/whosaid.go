package index

import (
	"context"
	"strings"

	"github.com/talksbot/talksbot/corpus/people"
)

// whoSaidCandidates bounds the quotations read for a "who said …"
// question: the best matches of its words, a few times over.
const whoSaidCandidates = 20

// whoSaid reads a "who" question opening with a verb of speech ("who
// said reactors dont care about flags", "who called the european plan
// an occupation force"): the one person whose quotation holds what
// follows, and what follows; nil when no quotation holds it well
// enough, or quotations of two people do, as which of them is meant is
// no guess to make.
func (e *Engine) whoSaid(ctx context.Context, content string) (*person, string, error) {
	f := strings.Fields(content)
	if len(f) < 3 || !speechWords()[strings.ToLower(f[0])] {
		return nil, "", nil
	}
	rest := strings.Join(f[1:], " ")
	qs := e.questionTerms(rest)
	q := termsQuery(qs, fieldBoost{fieldQuote, 1}, fieldBoost{fieldContext, 0.5})
	if q == nil {
		return nil, "", nil
	}
	hits, _, err := e.searchRecords(ctx, q, whoSaidCandidates, 'q')
	if err != nil {
		return nil, "", err
	}
	m := e.newMatcher(qs)
	// "who blamed russia for the mortars": a verb only questions use for
	// speech (speech_verbs.tsv kind question) says what the words do;
	// a quotation whose paragraph never blames is not the one asked for,
	// however much of the rest it holds.
	// So does one that says more than that words were spoken ("who
	// announced the service", "who warned of …"), where the articles use
	// it: Corvanne's mediator saying something of the service did not
	// announce it. Not "said" or "told" (speech_verbs.tsv flag plain),
	// which every quotation's paragraph may lack.
	var verb *matcher
	if v, ok := people.Default().SpeechVerb(strings.ToLower(f[0])); ok && (v.Kind == "question" || !v.Plain() && e.inVocab(strings.ToLower(f[0]))) {
		verb = e.newMatcher(e.questionTerms(f[0]))
	}
	found := ""
	for _, h := range hits[:min(len(hits), whoSaidCandidates)] {
		r, err := e.quoteOf(h.id, h.num, h.numbered)
		if err != nil {
			return nil, "", err
		}
		// The quotation with its paragraph holds the words asked, and
		// the quotation itself a good part of them: "reactors dont
		// care about flags" is "A reactor does not care whose flag
		// flies over it".
		all, _, _, _ := m.scan(r.quote.Text, r.context)
		own, _, marks, _ := m.scan(r.quote.Text)
		if all < confidentCoverage || own < minCoverage {
			continue
		}
		if reportsOther(r.quote.Text, marks) {
			// Someone else's words, whoever they are: no one's to name.
			return nil, "", nil
		}
		if verb != nil {
			if held, _, _, _ := verb.scan(r.quote.Text, r.context); held == 0 {
				continue
			}
		}
		if r.quote.Speaker == "" || found != "" && found != r.quote.Speaker {
			return nil, "", nil // no one named, or two people
		}
		found = r.quote.Speaker
	}
	if found == "" {
		return nil, "", nil
	}
	p, _ := e.onlyPerson(func(p *person) bool { return p.Name == found })
	return p, rest, nil
}

// reportsOther reports the words asked for (marks) standing in a
// quotation's sentence after someone else's verb of speech: a presenter's
// turn "Dravenia … calls the missing names a paperwork mistake" gives
// Dravenia's words, not the presenter's. The speaker's own "I said", "we
// told them" is theirs.
func reportsOther(text string, marks []Mark) bool {
	lx := people.Default()
	for _, mk := range marks {
		prev, from := "", 0
		for sp := range words(text[:mk.Start]) {
			w := strings.ToLower(text[sp.start:sp.end])
			if v, ok := lx.SpeechVerb(w); ok && v.Kind != "question" && v.Kind != "according" && !lx.SpeaksInFirstPerson(prev) {
				from = sp.end
			}
			if sentenceEndsAfter(text[:mk.Start], sp) {
				from = 0 // a new sentence: no verb before the words yet
			}
			prev = w
		}
		if from > 0 {
			return true
		}
	}
	return false
}
