package index

import (
	"context"
	"fmt"
	"os"
	"strings"

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
	// Note says what the case exercises.
	Note string `yaml:"note,omitempty"`
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
	Problems  []string
}

// EvalReport sums up a relevance run.
type EvalReport struct {
	Results []EvalResult

	Ranked            int // cases with expected phrases
	HitAt1            float64
	RecallAt3         float64
	MRR               float64
	QuoteCases        int
	QuoteCompleteness float64
	SpeakerClaims     int // attributions made: resolved speakers and quotes
	SpeakerPrecision  float64
	NoAnswerAccuracy  float64

	// The threshold's margin: the lowest relevance of a search question
	// answered rightly, and the highest of an out-of-scope one.
	Threshold       float64
	MinAnsweredRel  float64
	MaxNoAnswerRel  float64
	SearchAnswered  int
	SearchNoAnswers int
	// The questions at the edges of the margin.
	MinAnsweredQ, MaxNoAnswerQ string
}

func contains(text, phrase string) bool {
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "’", "'"))), " ")
	}
	return strings.Contains(norm(text), norm(phrase))
}

func containsAll(text string, phrases []string) bool {
	for _, p := range phrases {
		if !contains(text, p) {
			return false
		}
	}
	return true
}

// Evaluate asks every case and scores the answers.
func Evaluate(ctx context.Context, e *Engine, cases []EvalCase) (EvalReport, error) {
	rep := EvalReport{Threshold: minCoverage, MinAnsweredRel: 1}
	var hit1, hit3, rr, compl float64
	var claims, rightClaims, rightNoAnswer int
	for _, c := range cases {
		a, err := e.Ask(ctx, c.Question, AskOptions{})
		if err != nil {
			return rep, fmt.Errorf("index: eval %q: %w", c.Question, err)
		}
		r := EvalResult{Case: c, Answer: a, Relevance: a.relevance}
		var results []string
		for _, q := range a.Quotes {
			results = append(results, q.Text)
		}
		for _, p := range a.Passages {
			results = append(results, p.Text)
		}
		if len(c.Expect) > 0 && !c.NoAnswer {
			rep.Ranked++
			for i, text := range results {
				if containsAll(text, c.Expect) {
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
				hit1++
			}
			if r.Rank >= 1 && r.Rank <= 3 {
				hit3++
			}
			if r.Rank > 0 {
				rr += 1 / float64(r.Rank)
			}
		}
		if len(c.Quotes) > 0 {
			rep.QuoteCases++
			found := 0
			for _, want := range c.Quotes {
				ok := false
				for _, q := range a.Quotes {
					if contains(q.Text, want) {
						ok = true
						break
					}
				}
				if ok {
					found++
				} else {
					r.Problems = append(r.Problems, fmt.Sprintf("quote %q missing", want))
				}
			}
			compl += float64(found) / float64(len(c.Quotes))
		}
		// Every attribution the answer makes is a claim: the speaker it
		// resolved, and each quote it shows for a named speaker.
		if a.Speaker != "" {
			claims++
			if a.Speaker == c.Speaker {
				rightClaims++
			} else {
				r.Problems = append(r.Problems, fmt.Sprintf("resolved speaker %q, want %q", a.Speaker, c.Speaker))
			}
		}
		if c.Speaker != "" || a.Speaker != "" {
			for _, q := range a.Quotes {
				claims++
				if q.Speaker == c.Speaker && !c.NotQuoted {
					rightClaims++
				} else {
					r.Problems = append(r.Problems, fmt.Sprintf("quote by %q shown for %q", q.Speaker, c.Speaker))
				}
			}
		}
		if c.Speaker != "" && a.Speaker == "" {
			r.Problems = append(r.Problems, fmt.Sprintf("speaker %q not resolved", c.Speaker))
		}
		if c.NotQuoted && a.SpeakerStatus != SpeakerNotQuoted {
			r.Problems = append(r.Problems, fmt.Sprintf("status %q, want %q", a.SpeakerStatus, SpeakerNotQuoted))
		}
		if c.NoAnswer == !a.Answered() {
			rightNoAnswer++
		} else if c.NoAnswer {
			r.Problems = append(r.Problems, "answered an out-of-scope question")
		} else {
			r.Problems = append(r.Problems, "no answer")
		}
		if a.Kind == KindSearch && a.SpeakerStatus == SpeakerNone {
			if c.NoAnswer {
				rep.SearchNoAnswers++
				if a.relevance >= rep.MaxNoAnswerRel {
					rep.MaxNoAnswerRel, rep.MaxNoAnswerQ = a.relevance, c.Question
				}
			} else if r.Rank > 0 {
				rep.SearchAnswered++
				if a.relevance <= rep.MinAnsweredRel {
					rep.MinAnsweredRel, rep.MinAnsweredQ = a.relevance, c.Question
				}
			}
		}
		rep.Results = append(rep.Results, r)
	}
	if rep.Ranked > 0 {
		rep.HitAt1 = hit1 / float64(rep.Ranked)
		rep.RecallAt3 = hit3 / float64(rep.Ranked)
		rep.MRR = rr / float64(rep.Ranked)
	}
	rep.QuoteCompleteness = 1
	if rep.QuoteCases > 0 {
		rep.QuoteCompleteness = compl / float64(rep.QuoteCases)
	}
	rep.SpeakerClaims = claims
	rep.SpeakerPrecision = 1
	if claims > 0 {
		rep.SpeakerPrecision = float64(rightClaims) / float64(claims)
	}
	if len(cases) > 0 {
		rep.NoAnswerAccuracy = float64(rightNoAnswer) / float64(len(cases))
	}
	return rep, nil
}

// Table renders the report's metrics, then the cases that went wrong.
func (r EvalReport) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %6s  %s\n", "metric", "value", "over")
	row := func(name string, v float64, over string) {
		fmt.Fprintf(&b, "%-20s %6.3f  %s\n", name, v, over)
	}
	row("hit@1", r.HitAt1, fmt.Sprintf("%d questions with an expected passage or quote", r.Ranked))
	row("recall@3", r.RecallAt3, fmt.Sprintf("%d questions", r.Ranked))
	row("MRR", r.MRR, fmt.Sprintf("%d questions", r.Ranked))
	row("quote completeness", r.QuoteCompleteness, fmt.Sprintf("%d quote questions", r.QuoteCases))
	row("speaker precision", r.SpeakerPrecision, fmt.Sprintf("%d attributions", r.SpeakerClaims))
	row("no-answer accuracy", r.NoAnswerAccuracy, fmt.Sprintf("%d questions", len(r.Results)))
	fmt.Fprintf(&b, "\nno-answer threshold %.3f (share of the question's weighted words a passage holds):\n", r.Threshold)
	fmt.Fprintf(&b, "  lowest of %d answered search questions  %.3f  %q\n", r.SearchAnswered, r.MinAnsweredRel, r.MinAnsweredQ)
	fmt.Fprintf(&b, "  highest of %d out-of-scope questions    %.3f  %q\n", r.SearchNoAnswers, r.MaxNoAnswerRel, r.MaxNoAnswerQ)
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
