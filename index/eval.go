package index

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// EvalCase is one question of a relevance file, with what a right answer
// holds.
type EvalCase struct {
	Question string `yaml:"q"`
	// Expect are phrases the right passage or quote contains, all of them.
	Expect []string `yaml:"expect,omitempty"`
	// Speaker is the person a quote question must resolve to.
	Speaker string `yaml:"speaker,omitempty"`
	// Quotes are phrases, one per quote the answer must carry.
	Quotes []string `yaml:"quotes,omitempty"`
	// NotQuoted says the speaker is named but never quoted: no quotes.
	NotQuoted bool `yaml:"not_quoted,omitempty"`
	// NoAnswer says the articles do not cover the question.
	NoAnswer bool `yaml:"no_answer,omitempty"`
	// Kind is the kind of question (said, when, where, howmany, …), for
	// reading the results by kind.
	Kind string `yaml:"kind,omitempty"`
	// Note says what the case exercises.
	Note string `yaml:"note,omitempty"`

	// expectAny: any one of Expect makes a result right (Suite.ExpectAny).
	expectAny bool
}

// Expected reports whether text is a result the case expects: it holds
// every phrase of Expect, or any one when the suite gave them as
// alternatives.
func (c EvalCase) Expected(text string) bool {
	if c.expectAny {
		return slices.ContainsFunc(c.Expect, func(p string) bool { return contains(text, p) })
	}
	return containsAll(text, c.Expect)
}

// ParseEval reads a relevance file: a YAML list of EvalCase.
func ParseEval(data []byte) ([]EvalCase, error) {
	var cases []EvalCase
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&cases); err != nil {
		return nil, fmt.Errorf("index: eval file: %w", err)
	}
	for i, c := range cases {
		if strings.TrimSpace(c.Question) == "" {
			return nil, fmt.Errorf("index: eval file: case %d has no question (q)", i+1)
		}
		if !c.NoAnswer && len(c.Expect) == 0 && len(c.Quotes) == 0 && c.Speaker == "" {
			return nil, fmt.Errorf("index: eval file: case %d (%q) says nothing about the right answer (expect, quotes, speaker or no_answer)", i+1, c.Question)
		}
	}
	return cases, nil
}

// LoadEval reads a relevance file from disk.
func LoadEval(path string) ([]EvalCase, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("index: eval file: %w", err)
	}
	return ParseEval(b)
}

// EvalResult is how one case went.
type EvalResult struct {
	Case   EvalCase
	Answer *Answer
	// Rank is the 1-based position of the first right result, 0 if none.
	Rank int
	// Relevance is the best coverage a candidate passage reached.
	Relevance float64
	// Misattributions counts quotes shown for someone who did not say
	// them, and speakers resolved to the wrong person.
	Misattributions int
	Problems        []string
}

// EvalReport sums up a relevance run: the counts behind every metric, so
// that reports over several suites add up (Add).
type EvalReport struct {
	Results []EvalResult

	Ranked, Hit1, Hit3 int     // cases with expected phrases; right at 1; within 3
	RR                 float64 // sum of reciprocal ranks
	QuoteCases         int
	QuoteFound         float64 // sum over quote cases of the share of quotes found
	Claims, RightClaim int     // attributions made, and right
	Misattributions    int
	Answerable         int // cases the articles answer
	NotCovered         int // answerable cases answered with nothing
	Closest            int // answerable cases answered with the closest passages
	OutOfScope         int // cases the articles do not answer
	Abstained          int // out-of-scope cases answered with the honest no-answer

	// Relevance of search answers: of answerable questions answered
	// rightly, and of out-of-scope ones; the margin between the two is
	// what the answerability thresholds stand in.
	AnsweredRel, OutOfScopeRel []scoredQ
}

type scoredQ struct {
	Rel float64
	Q   string
}

// The rates behind the report's counts.
func (r EvalReport) HitAt1() float64    { return ratio(r.Hit1, r.Ranked) }
func (r EvalReport) RecallAt3() float64 { return ratio(r.Hit3, r.Ranked) }
func (r EvalReport) MRR() float64       { return r.RR / float64(max(r.Ranked, 1)) }

// QuoteCompleteness is the average share of expected quotes shown.
func (r EvalReport) QuoteCompleteness() float64 {
	if r.QuoteCases == 0 {
		return 1
	}
	return r.QuoteFound / float64(r.QuoteCases)
}

// SpeakerPrecision is the share of attributions made that are right.
func (r EvalReport) SpeakerPrecision() float64 {
	if r.Claims == 0 {
		return 1
	}
	return ratio(r.RightClaim, r.Claims)
}

// FalseNotCovered is the share of answerable questions answered with
// "the articles don't cover that".
func (r EvalReport) FalseNotCovered() float64 { return ratio(r.NotCovered, r.Answerable) }

// OutOfScopeAccuracy is the share of out-of-scope questions answered with
// the honest no-answer.
func (r EvalReport) OutOfScopeAccuracy() float64 {
	if r.OutOfScope == 0 {
		return 1
	}
	return ratio(r.Abstained, r.OutOfScope)
}

// NoAnswerAccuracy is the share of questions rightly answered or rightly
// declined.
func (r EvalReport) NoAnswerAccuracy() float64 {
	return ratio(r.Answerable-r.NotCovered+r.Abstained, r.Answerable+r.OutOfScope)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add sums another report into r.
func (r *EvalReport) Add(o EvalReport) {
	r.Results = append(r.Results, o.Results...)
	r.Ranked += o.Ranked
	r.Hit1 += o.Hit1
	r.Hit3 += o.Hit3
	r.RR += o.RR
	r.QuoteCases += o.QuoteCases
	r.QuoteFound += o.QuoteFound
	r.Claims += o.Claims
	r.RightClaim += o.RightClaim
	r.Misattributions += o.Misattributions
	r.Answerable += o.Answerable
	r.NotCovered += o.NotCovered
	r.Closest += o.Closest
	r.OutOfScope += o.OutOfScope
	r.Abstained += o.Abstained
	r.AnsweredRel = append(r.AnsweredRel, o.AnsweredRel...)
	r.OutOfScopeRel = append(r.OutOfScopeRel, o.OutOfScopeRel...)
}

func contains(text, phrase string) bool {
	return strings.Contains(normQuote(text), normQuote(phrase))
}

// normQuote is text as phrases are looked for in it: lower case, one
// space apart, straight quotation marks.
func normQuote(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(quoteMarks.Replace(s))), " ")
}

var quoteMarks = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

func containsAll(text string, phrases []string) bool {
	for _, p := range phrases {
		if !contains(text, p) {
			return false
		}
	}
	return true
}

// samePerson reports whether the speaker a case names is the person the
// engine named: the same canonical person, however the file spells them
// ("Volodymyr Zelenskyy" for "Volodymyr Zelensky", "Metropolitan
// Feodosii of Sloviansk" for "Feodosii").
func (e *Engine) samePerson(want, got string) bool {
	if want == "" || got == "" {
		return want == got
	}
	if fold(want) == fold(got) {
		return true
	}
	p := e.resolveName(want)
	if name, see, ok := strings.Cut(want, " of "); p == nil && ok && !strings.Contains(see, " of ") {
		// "Metropolitan Feodosii of Sloviansk": a cleric's see, or a
		// place someone is of, after the name the articles give him.
		p = e.resolveName(name)
	}
	for _, sep := range []string{" (", ", "} {
		// "Emil (bus driver, first name only)", "Ramon, the ship's
		// cook": a suite's name for someone, with what they are.
		if name, _, ok := strings.Cut(want, sep); p == nil && ok {
			p = e.resolveName(name)
		}
	}
	if i := strings.LastIndex(want, ", "); p == nil && i > 0 && strings.Contains(strings.ToLower(want[:i]), "name") {
		// "the driver of the first bus, who gave only his first name,
		// Teodor": the name the description ends with.
		p = e.resolveName(want[i+2:])
	}
	if f := strings.Fields(want); p == nil && len(f) > 2 && (e.lex.IsGivenHonorific(f[0]) || e.isTitleWord(strings.ToLower(f[0]))) {
		// "Sheikh Jassim bin Rashid Al-Marri": the full name after the
		// honorific the articles set before it, which the people model
		// keeps apart from the name.
		p = e.resolveName(strings.Join(f[1:], " "))
	}
	return p != nil && p.Name == got
}

// Evaluate asks every case and scores the answers. The cases are asked in
// order as one member's conversation, as the bot keeps it: a case follows
// the last person an answer before it was about (AskOptions.After), so a
// follow-up ("and what did she say about the plant") is read as it was
// written, after the question it follows.
func Evaluate(ctx context.Context, e *Engine, cases []EvalCase) (EvalReport, error) {
	var rep EvalReport
	after, also := "", []string(nil)
	owners := quoteOwners(e, cases)
	for _, c := range cases {
		a, err := e.Ask(ctx, c.Question, AskOptions{After: after, AfterAlso: also})
		if err != nil {
			return rep, fmt.Errorf("index: eval %q: %w", c.Question, err)
		}
		if p, ok := a.PersonAfter(); ok {
			after, also = p, a.OthersAfter()
		}
		rep.Add(e.score(c, a, owners))
	}
	return rep, nil
}

// quoteOwners maps each phrase the cases quote (normalised: normQuote)
// to the one person they give it to: a quote shown as anyone else's, in
// any answer, is put in the wrong mouth. A phrase two cases give to
// different people is left out, and so is a short one (fewer than
// minOwnedWords words: "nine ships a day" may be two people's words).
func quoteOwners(e *Engine, cases []EvalCase) map[string]phraseOwner {
	owners := map[string]phraseOwner{}
	for _, c := range cases {
		if c.Speaker == "" || c.NotQuoted {
			continue
		}
		for _, q := range c.Quotes {
			if len(strings.Fields(q)) < minOwnedWords {
				continue
			}
			key := normQuote(q)
			if o, ok := owners[key]; ok && o.owner != "" && !e.samePerson(o.owner, c.Speaker) {
				owners[key] = phraseOwner{phrase: q} // two owners: no one's to check
				continue
			}
			owners[key] = phraseOwner{phrase: q, owner: c.Speaker}
		}
	}
	return owners
}

// phraseOwner is a phrase a case quotes, as written, and whose words the
// cases say it is ("" for two people's).
type phraseOwner struct{ phrase, owner string }

// nestedIn reports a phrase that text quotes within itself ("Marta's
// rule was simple: 'If we can't prove he's dead, he's on the list.'", "As
// Sergei Viktorovich said, 'we will not sign anything …'", a member
// quoting the minister in their own turn): the quote is the speaker's,
// the words inside it someone else's. A quotation mark opening a word
// before the phrase, not closed before it, nests it. t is the text
// normalised (normQuote), i where the phrase stands in it.
func nestedIn(t string, i int) bool {
	letter := func(k int) bool {
		if k < 0 || k >= len(t) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(t[k:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	open := false
	for k := 0; k < i+1 && k < len(t); k++ {
		if t[k] != '\'' && t[k] != '"' {
			continue
		}
		switch {
		case !letter(k-1) && (letter(k+1) || k == i):
			open = true // opens a word: 'we …, "not …
		case letter(k-1) && !letter(k+1):
			open = false // closes one: … list.' or … receipt."
		}
	}
	return open
}

// minOwnedWords is the fewest words of a quoted phrase that say whose
// words a quote is.
const minOwnedWords = 5

// score is one case's contribution to a report; owners says whose each
// quoted phrase of the suite is (quoteOwners).
func (e *Engine) score(c EvalCase, a *Answer, owners map[string]phraseOwner) EvalReport {
	var rep EvalReport
	r := EvalResult{Case: c, Answer: a, Relevance: a.relevance}
	// The results in the order a member reads them.
	var quotes, passages []string
	reply := Render(a)
	// A quote is the right result when it stands in the paragraph that
	// answers ("what did the first claimant tell the court": his words,
	// from "Radek Vorsk, the first Claimant, told the Court: "…""): the
	// member reads it with that paragraph's citation.
	paragraphOf := map[int]string{}
	for _, q := range a.Quotes {
		if q.context != "" {
			k := slices.IndexFunc(reply.Citations, func(c Citation) bool { return c.Source.Doc == q.Source.Doc && c.Source.Paragraph == q.Source.Paragraph })
			if k >= 0 {
				ctx := q.context
				if i := strings.LastIndex(ctx, "\n"); i >= 0 {
					ctx = ctx[i+1:] // the question before an answer is not its paragraph
				}
				paragraphOf[reply.Citations[k].N] = ctx
			}
		}
	}
	for _, q := range reply.Quotes {
		quotes = append(quotes, q.Text+"\n"+paragraphOf[q.Citation])
	}
	for _, p := range reply.Passages {
		passages = append(passages, p.Text)
	}
	results := append(quotes, passages...)
	if reply.PassagesFirst {
		results = append(passages, quotes...)
	}
	if len(c.Expect) > 0 && !c.NoAnswer {
		rep.Ranked++
		for i, text := range results {
			if c.Expected(text) {
				r.Rank = i + 1
				break
			}
		}
		switch {
		case r.Rank == 0:
			r.Problems = append(r.Problems, fmt.Sprintf("no result contains %q", c.Expect))
		case r.Rank > 1:
			r.Problems = append(r.Problems, fmt.Sprintf("right result at rank %d", r.Rank))
		}
		if r.Rank == 1 {
			rep.Hit1++
		}
		if r.Rank >= 1 && r.Rank <= 3 {
			rep.Hit3++
		}
		if r.Rank > 0 {
			rep.RR += 1 / float64(r.Rank)
		}
	}
	if len(c.Quotes) > 0 {
		rep.QuoteCases++
		found := 0
		for _, want := range c.Quotes {
			if slices.ContainsFunc(a.Quotes, func(q Quote) bool { return !q.Reported && contains(q.Text, want) }) {
				found++
			} else {
				r.Problems = append(r.Problems, fmt.Sprintf("quote %q missing", want))
			}
		}
		rep.QuoteFound += float64(found) / float64(len(c.Quotes))
	}
	// Every attribution the answer makes is a claim: the speaker it
	// resolved, and each quote it shows for a named speaker.
	if a.Speaker != "" && (c.Speaker != "" || len(c.Quotes) > 0 || c.NotQuoted) {
		rep.Claims++
		if e.samePerson(c.Speaker, a.Speaker) {
			rep.RightClaim++
		} else {
			r.Misattributions++
			r.Problems = append(r.Problems, fmt.Sprintf("resolved speaker %q, want %q", a.Speaker, c.Speaker))
		}
	}
	if c.Speaker != "" {
		for _, q := range a.Quotes {
			if q.Speaker == "" && q.Role != "" {
				continue // an office's words, unnamed: checked below
			}
			rep.Claims++
			// Reported speech may stand for someone never quoted.
			if e.samePerson(c.Speaker, q.Speaker) && (!c.NotQuoted || q.Reported) {
				rep.RightClaim++
			} else {
				r.Misattributions++
				r.Problems = append(r.Problems, fmt.Sprintf("quote by %q shown for %q", q.Speaker, c.Speaker))
			}
		}
	}
	// Any quote shown as someone's that the suite gives to another, for
	// whoever the question asked about.
	// An office's words an article quotes unnamed, shown in someone's
	// answer ("— unattributed, agency's chief inspector"), are shown as
	// that office holder's.
	// In the phrases' order, so that a quote holding two phrases is
	// reported by the same one in every run.
	var keys []string
	if len(a.Quotes) > 0 {
		keys = slices.Sorted(maps.Keys(owners))
	}
	for _, q := range a.Quotes {
		who := q.Speaker
		if who == "" && q.Role != "" {
			who = a.Speaker
		}
		if who == "" || q.Reported || q.Speaker != "" && c.Speaker != "" && !e.samePerson(c.Speaker, q.Speaker) {
			continue // unattributed, or counted above
		}
		t := normQuote(q.Text)
		for _, key := range keys {
			o := owners[key]
			if o.owner == "" {
				continue
			}
			i := strings.Index(t, key)
			if i < 0 || nestedIn(t, i) {
				continue
			}
			phrase, owner := o.phrase, o.owner
			if q.Speaker == "" {
				rep.Claims++
			}
			if !e.samePerson(owner, who) {
				if q.Speaker != "" {
					rep.Claims++
				}
				r.Misattributions++
				r.Problems = append(r.Problems, fmt.Sprintf("quote %q shown as %s's; it is %s's", phrase, who, owner))
			} else if q.Speaker == "" {
				rep.RightClaim++
			}
			break
		}
	}
	if c.Speaker != "" && a.Speaker == "" {
		r.Problems = append(r.Problems, fmt.Sprintf("speaker %q not resolved", c.Speaker))
	}
	if c.NotQuoted && a.SpeakerStatus != SpeakerNotQuoted {
		r.Problems = append(r.Problems, fmt.Sprintf("status %q, want %q", a.SpeakerStatus, SpeakerNotQuoted))
	}
	rep.Misattributions += r.Misattributions
	if c.NoAnswer {
		rep.OutOfScope++
		if a.Answered() {
			r.Problems = append(r.Problems, "answered an out-of-scope question")
		} else {
			rep.Abstained++
		}
	} else {
		rep.Answerable++
		switch {
		case !a.Answered():
			rep.NotCovered++
			r.Problems = append(r.Problems, `"not covered", but the articles answer it`)
		case a.Closest:
			rep.Closest++
		}
	}
	if a.Kind == KindSearch && a.SpeakerStatus == SpeakerNone {
		switch {
		case c.NoAnswer:
			rep.OutOfScopeRel = append(rep.OutOfScopeRel, scoredQ{a.relevance, c.Question})
		case r.Rank > 0:
			rep.AnsweredRel = append(rep.AnsweredRel, scoredQ{a.relevance, c.Question})
		}
	}
	rep.Results = append(rep.Results, r)
	return rep
}

// Table renders the report's metrics, the answerability margin, the
// results by kind of question, then the cases that went wrong.
func (r EvalReport) Table() string {
	var b strings.Builder
	r.metrics(&b)
	r.margin(&b)
	r.byKind(&b)
	first := true
	for _, res := range r.Results {
		if len(res.Problems) == 0 {
			continue
		}
		if first {
			b.WriteString("\nproblems:\n")
			first = false
		}
		fmt.Fprintf(&b, "- %q: %s\n", res.Case.Question, strings.Join(res.Problems, "; "))
	}
	return b.String()
}

// Summary is Table without any question's text: the figures alone, as
// the frozen test set is reported while the engine is worked on.
func (r EvalReport) Summary() string {
	var b strings.Builder
	r.metrics(&b)
	r.hidden().margin(&b)
	r.byKind(&b)
	return b.String()
}

// hidden is the report with the questions' texts removed.
func (r EvalReport) hidden() EvalReport {
	h := r
	h.AnsweredRel = hideQ(r.AnsweredRel)
	h.OutOfScopeRel = hideQ(r.OutOfScopeRel)
	return h
}

func hideQ(in []scoredQ) []scoredQ {
	out := make([]scoredQ, len(in))
	for i, s := range in {
		out[i] = scoredQ{Rel: s.Rel, Q: "…"}
	}
	return out
}

func (r EvalReport) metrics(b *strings.Builder) {
	fmt.Fprintf(b, "%-22s %6s  %s\n", "metric", "value", "over")
	row := func(name string, v float64, over string) {
		fmt.Fprintf(b, "%-22s %6.3f  %s\n", name, v, over)
	}
	row("hit@1", r.HitAt1(), fmt.Sprintf("%d questions with an expected passage or quote", r.Ranked))
	row("recall@3", r.RecallAt3(), fmt.Sprintf("%d questions", r.Ranked))
	row("MRR", r.MRR(), fmt.Sprintf("%d questions", r.Ranked))
	row("quote completeness", r.QuoteCompleteness(), fmt.Sprintf("%d quote questions", r.QuoteCases))
	row("speaker precision", r.SpeakerPrecision(), fmt.Sprintf("%d attributions, %d wrong", r.Claims, r.Misattributions))
	row(`false "not covered"`, r.FalseNotCovered(), fmt.Sprintf("%d of %d answerable questions (%d more answered with the closest passages)", r.NotCovered, r.Answerable, r.Closest))
	row("out-of-scope declined", r.OutOfScopeAccuracy(), fmt.Sprintf("%d of %d out-of-scope questions", r.Abstained, r.OutOfScope))
	row("no-answer accuracy", r.NoAnswerAccuracy(), fmt.Sprintf("%d questions", r.Answerable+r.OutOfScope))
}

// margin prints how the answerability thresholds separate the relevance
// of rightly answered questions from that of out-of-scope ones.
func (r EvalReport) margin(b *strings.Builder) {
	fmt.Fprintf(b, "\nanswerability (the share of a question's weighted words the best passage holds; answered from %.3f, as the closest passages below %.3f):\n", minCoverage, confidentCoverage)
	ans := slices.Clone(r.AnsweredRel)
	oos := slices.Clone(r.OutOfScopeRel)
	slices.SortFunc(ans, func(a, b scoredQ) int { return cmp.Compare(a.Rel, b.Rel) })
	slices.SortFunc(oos, func(a, b scoredQ) int { return cmp.Compare(b.Rel, a.Rel) })
	if len(ans) > 0 {
		fmt.Fprintf(b, "  %3d answered search questions: lowest %.3f %q, 10th percentile %.3f, median %.3f\n",
			len(ans), ans[0].Rel, ans[0].Q, ans[len(ans)/10].Rel, ans[len(ans)/2].Rel)
	}
	if len(oos) > 0 {
		fmt.Fprintf(b, "  %3d out-of-scope questions:     highest %.3f %q, 90th percentile %.3f, median %.3f\n",
			len(oos), oos[0].Rel, oos[0].Q, oos[len(oos)/10].Rel, oos[len(oos)/2].Rel)
	}
	if len(ans) > 0 && len(oos) > 0 {
		sep := 0
		for _, a := range ans {
			for _, o := range oos {
				if a.Rel > o.Rel {
					sep++
				}
			}
		}
		fmt.Fprintf(b, "  separation: %.3f of (answered, out-of-scope) pairs rank the answered one higher\n", ratio(sep, len(ans)*len(oos)))
	}
}

// byKind prints hit@1 and "not covered" by kind of question.
func (r EvalReport) byKind(b *strings.Builder) {
	type tally struct{ n, ranked, hit1, notCovered, answerable int }
	kinds := map[string]*tally{}
	var order []string
	for _, res := range r.Results {
		k := res.Case.Kind
		if k == "" {
			continue
		}
		t := kinds[k]
		if t == nil {
			t = &tally{}
			kinds[k] = t
			order = append(order, k)
		}
		t.n++
		if len(res.Case.Expect) > 0 && !res.Case.NoAnswer {
			t.ranked++
			if res.Rank == 1 {
				t.hit1++
			}
		}
		if !res.Case.NoAnswer {
			t.answerable++
			if !res.Answer.Answered() {
				t.notCovered++
			}
		}
	}
	if len(order) == 0 {
		return
	}
	slices.Sort(order)
	fmt.Fprintf(b, "\n%-14s %5s %8s %14s\n", "kind", "cases", "hit@1", "not covered")
	for _, k := range order {
		t := kinds[k]
		hit := "-"
		if t.ranked > 0 {
			hit = fmt.Sprintf("%d/%d", t.hit1, t.ranked)
		}
		nc := "-"
		if t.answerable > 0 {
			nc = fmt.Sprintf("%d/%d", t.notCovered, t.answerable)
		}
		fmt.Fprintf(b, "%-14s %5d %8s %14s\n", k, t.n, hit, nc)
	}
}
