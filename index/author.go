package index

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"

	"github.com/talksbot/talksbot/corpus"
)

// authorAnswer answers "who wrote the warsaw op-ed": the author named in
// the byline of the article the question describes best, answered as a
// question about them — what the articles say of them (the line about the
// author under an opinion piece), and their words if quoted — with the
// article the question meant. Nil when no article answers the
// description, when its byline names no one, or several.
//
// With role, the one the article's credits give it ("editor" of
// "who edited the meridian story": "Editing by Ruth Anvers"), not its
// author.
func (e *Engine) authorAnswer(ctx context.Context, question, text, role string, opts AskOptions) (*Answer, error) {
	// "… on the ceasefire line, whats his background": the article is
	// described before the question goes on.
	if i := strings.Index(text, ", "); i > 0 {
		if f := strings.Fields(strings.ToLower(text[i+2:])); len(f) > 0 && loadQuestionWords().filler[f[0]] {
			text = text[:i]
		}
	}
	if role == pictureRole {
		// "who took the pic of the school wall": the picture is
		// described, not the article, and its caption is no passage.
		if p, c := e.pictureCredited(text); p != nil {
			return e.creditAnswer(ctx, question, p, c, opts)
		}
	}
	r, h, err := e.describedArticle(ctx, text)
	if err != nil || r == nil {
		return nil, err
	}
	p := e.authorOf(r)
	if role != "" {
		p = e.creditedAs(r.src.Doc, role)
	}
	if p == nil {
		return nil, nil
	}
	a, err := e.quoteAnswer(ctx, question, p, "", opts)
	if err != nil {
		return nil, err
	}
	a.Kind = KindPerson
	if role == "" {
		a.AuthorOf = r.src.Title // "… is by …": of its writer only
	}
	a.Passages = namingFirst(p, a.Passages)
	if len(a.Passages) == 0 || a.credited {
		// Only the byline names them: the article asked about is what
		// there is.
		a.Passages, a.credited = []Passage{e.passage(h)}, false
	}
	// The line crediting them in that article ("By Olena Tkachuk in
	// Nikopol") answers the question: it comes first, or second after
	// what the articles say of them when they name them (the line about
	// the author under an op-ed).
	credit, at := creditIn(p, r.src.Doc), 0
	if p.Mentions > 0 && len(a.Passages) > 0 && !a.credited {
		at = 1
	}
	a.Passages = withoutRepeats(slices.Insert(a.Passages, at, credit...), max(limitOf(opts), 2))
	return a, nil
}

// pictureRole is the role credit_phrases give the one who took a
// picture ("who took the photo").
const pictureRole = "photographer"

// pictureCredited is the one person a picture's caption credits
// (corpus: "Photograph: Tamas Reller for …") whose caption holds most of
// what describes the picture, and that caption's credit; with nothing
// described, the one person any caption credits. Nil when no caption
// holds any of it, or two hold as much.
func (e *Engine) pictureCredited(described string) (*person, corpus.Credit) {
	m := e.newMatcher(e.questionTerms(described))
	var found *person
	var credit corpus.Credit
	best, tie := 0.0, false
	for i := range e.people {
		p := &e.people[i]
		if !creditedWith(p, pictureRole) {
			continue
		}
		for _, c := range p.Credits {
			share := 1.0
			if m.total > 0 {
				share, _, _, _ = m.scan(c.Line)
			}
			switch {
			case share > best+1e-9:
				found, credit, best, tie = p, c, share, false
			case share > best-1e-9 && share > 0 && p != found:
				tie = true
			}
		}
	}
	if tie || best == 0 {
		return nil, corpus.Credit{}
	}
	return found, credit
}

// creditAnswer answers who took a picture with the one its caption
// credits, as a question about them, the caption's line first.
func (e *Engine) creditAnswer(ctx context.Context, question string, p *person, c corpus.Credit, opts AskOptions) (*Answer, error) {
	a, err := e.quoteAnswer(ctx, question, p, "", opts)
	if err != nil {
		return nil, err
	}
	a.Kind = KindPerson
	a.Passages = withoutRepeats(slices.Insert(namingFirst(p, a.Passages), 0, creditPassage(p, c)), max(limitOf(opts), 2))
	a.credited = false
	return a, nil
}

// creditedAs is the one person the article doc credits in the role
// credit ("editor": a title of theirs opening with it, as "Editing by
// Ruth Anvers" makes her "editor for Meridian"); nil when none or
// several are.
func (e *Engine) creditedAs(doc, credit string) *person {
	var found *person
	for i := range e.people {
		p := &e.people[i]
		if !slices.ContainsFunc(p.Credits, func(c corpus.Credit) bool { return c.Doc == doc && (credit != signerRole || signature(c)) }) {
			continue
		}
		if credit != signerRole && !creditedWith(p, credit) {
			continue
		}
		if found != nil {
			return nil
		}
		found = p
	}
	return found
}

// creditedWith reports a title of p's opening with the role a credit
// gives ("photographer for The Continental Post").
func creditedWith(p *person, credit string) bool {
	return slices.ContainsFunc(p.titles(), func(t string) bool {
		first, _, _ := strings.Cut(strings.ToLower(t), " ")
		return first == credit
	})
}

// signerRole is the role credit_phrases give the one who signs a piece
// off ("who signed the charity email").
const signerRole = "signer"

// signature reports a credit that signs a piece off, as a letter's or a
// notice's signature does ("Nadia Ostrowska, Editor, The Ceasefire
// Desk", "Presiding Judge: U. Zand"): not its byline, nor a line of
// reporting and editing credits.
func signature(c corpus.Credit) bool {
	low := strings.ToLower(c.Line)
	return c.Line != c.Author && !strings.HasPrefix(low, "by ") && !strings.HasPrefix(low, "(") && !strings.Contains(low, " by ")
}

// creditIn is the line crediting p in one article as it prints it,
// cited, when the people model kept it; none otherwise, nor when only
// the article's metadata names its author.
func creditIn(p *person, doc string) []Passage {
	for _, c := range creditPassages(p, len(p.Credits)) {
		if c.Source.Doc == doc && c.Text != c.Source.Author {
			return []Passage{c}
		}
	}
	return nil
}

// describedArticle finds the article a description names ("the warsaw
// op-ed", "the meridian piece on sanctions"): the passage best matching
// its words, from the outlet it names if it names one. Nil when no
// passage answers the description.
func (e *Engine) describedArticle(ctx context.Context, text string) (*passageRec, hit, error) {
	recs, hits, err := e.describedArticles(ctx, text, authorCandidates)
	if err != nil || len(recs) == 0 {
		return nil, hit{}, err
	}
	return recs[0], hits[0], nil
}

// describedArticles are the passages of the articles a description may
// name, best first, up to n looked through (see describedArticle).
func (e *Engine) describedArticles(ctx context.Context, text string, n int) ([]*passageRec, []hit, error) {
	// "the warsaw op-ed": what kind of piece it is says nothing of which;
	// "the meridian piece": the outlet says which, not what about.
	low := " " + strings.ToLower(text) + " "
	for _, n := range loadQuestionWords().ArticleNouns {
		low = strings.ReplaceAll(low, " "+n+" ", " ")
	}
	outlet := e.outletNamed(low)
	if outlet != "" {
		low = strings.ReplaceAll(low, " "+outlet+" ", " ")
	}
	qs := e.questionTerms(strings.TrimSpace(low))
	if len(qs) == 0 && outlet == "" {
		// "who wrote the opinion piece": the kind of piece alone says
		// which, when the articles hold one of that kind.
		return e.solePieceOpening(ctx, text)
	}
	if len(qs) == 0 {
		// "who edited the meridian story": the outlet alone says which,
		// when the articles hold one piece of theirs.
		return e.soleOutletOpening(ctx, outlet)
	}
	best, _, closest, err := e.searchBest(ctx, qs, typeNone, n, false)
	if err != nil {
		return nil, nil, err
	}
	if titled, err := e.titledArticle(ctx, qs); err != nil {
		return nil, nil, err
	} else if titled != nil {
		// "the nikopol water story": the article whose title holds the
		// description, before passages that only use its words (a
		// reader's letter on "your report on the water returning to
		// Nikopol").
		best, closest = append([]hit{*titled}, best...), false
	}
	if len(best) == 0 || closest {
		// "who wrote the cpa insight piece": words no passage holds
		// (the agency's initials, in a kicker), and a kind of piece the
		// articles hold one of.
		return e.solePieceOpening(ctx, text)
	}
	var recs []*passageRec
	var hits []hit
	for i := range best {
		rec, err := e.passageOf(&best[i])
		if err != nil {
			return nil, nil, err
		}
		if outlet == "" || strings.Contains(strings.ToLower(rec.src.Outlet), outlet) {
			recs, hits = append(recs, rec), append(hits, best[i])
		}
	}
	return recs, hits, nil
}

// titledArticle is the opening passage of the one article whose title
// holds every one of a description's words (a word only its title uses
// too: "the seat at the table"; "the op ed about the lists", of "The
// bridge worked. The lists did not."), or a related word the articles
// use for each; nil when none or several do.
func (e *Engine) titledArticle(ctx context.Context, qs []qterm) (*hit, error) {
	if len(qs) == 0 {
		return nil, nil
	}
	titles, err := e.articleTitles()
	if err != nil {
		return nil, err
	}
	// The articles whose titles hold each word or a relative of it.
	var in []int32
	for i, q := range qs {
		terms := []string{q.term}
		for _, a := range q.alts {
			terms = append(terms, a.term)
		}
		with := titles.holding(terms)
		if i > 0 {
			with = slices.DeleteFunc(with, func(n int32) bool { _, ok := slices.BinarySearch(in, n); return !ok })
		}
		if in = with; len(in) == 0 {
			return nil, nil
		}
	}
	if len(in) != 1 {
		return nil, nil
	}
	return e.openingPassage(ctx, titles.ids[in[0]])
}

// openingPassage is the first passage of the article doc; nil when it
// has none.
func (e *Engine) openingPassage(ctx context.Context, doc string) (*hit, error) {
	hits, err := e.headHits(ctx, doc, titledLead)
	if err != nil || len(hits) == 0 {
		return nil, err
	}
	return &hits[0], nil
}

// headHits are the passages of an article's first paras paragraphs, in
// the order they stand (their ids sort so), not read.
func (e *Engine) headHits(ctx context.Context, doc string, paras int) ([]hit, error) {
	ids := passageIDs(doc, 1, paras)
	hits, err := e.searchPassages(ctx, bleve.NewDocIDQuery(ids), len(ids))
	if err != nil {
		return nil, err
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Compare(a.id, b.id) })
	return hits, nil
}

// solePieceOpening is solePiece's passage and its record, as
// describedArticles gives them; none when solePiece finds none.
func (e *Engine) solePieceOpening(ctx context.Context, text string) ([]*passageRec, []hit, error) {
	h, err := e.solePiece(ctx, text)
	if err != nil {
		return nil, nil, err
	}
	return e.openingRecs(h)
}

// openingRecs is an article's opening passage h, read, as
// describedArticles gives its passages; none when h is nil.
func (e *Engine) openingRecs(h *hit) ([]*passageRec, []hit, error) {
	if h == nil {
		return nil, nil, nil
	}
	rec, err := e.passageOf(h)
	if err != nil {
		return nil, nil, err
	}
	return []*passageRec{rec}, []hit{*h}, nil
}

// solePiece is the opening passage of the one piece of the articles of
// the kind the description text asks for by name ("who wrote the opinion
// piece", "the op-ed": questions.yaml opinion_nouns; "the analysis
// piece", "the insight piece": the corpus's analysis labels; "the wire
// story": questions.yaml wire_nouns), when the articles hold exactly
// one; nil otherwise.
func (e *Engine) solePiece(ctx context.Context, text string) (*hit, error) {
	low := " " + strings.ToLower(text) + " "
	named := func(nouns []string) bool {
		return slices.ContainsFunc(nouns, func(o string) bool { return strings.Contains(low, " "+o+" ") })
	}
	kind := ""
	switch qw := loadQuestionWords(); {
	case named(qw.OpinionNouns):
		kind = corpus.KindOpinion
	case named(corpus.AnalysisLabels()):
		kind = corpus.KindAnalysis
	case named(qw.WireNouns):
		kind = corpus.KindWire
	default:
		return nil, nil
	}
	one, err := e.soleDoc(func(d docEntry) bool { return d.Kind == kind })
	if err != nil || one == "" {
		return nil, err
	}
	return e.openingPassage(ctx, one)
}

// soleDoc is the id of the one article keep holds of, "" when none or
// several do.
func (e *Engine) soleDoc(keep func(d docEntry) bool) (string, error) {
	docs, err := e.docs.all()
	if err != nil {
		return "", err
	}
	one := ""
	for _, d := range docs {
		if d.Skip != "" || !keep(d) {
			continue
		}
		if one != "" {
			return "", nil
		}
		one = d.ID
	}
	return one, nil
}

// soleOutletOpening is the opening passage of the one article whose
// outlet's name holds the word outlet (lower case); none when the
// articles hold none or several.
func (e *Engine) soleOutletOpening(ctx context.Context, outlet string) ([]*passageRec, []hit, error) {
	one, err := e.soleDoc(func(d docEntry) bool {
		return slices.Contains(strings.Fields(strings.ToLower(d.Outlet)), outlet)
	})
	if err != nil || one == "" {
		return nil, nil, err
	}
	h, err := e.openingPassage(ctx, one)
	if err != nil {
		return nil, nil, err
	}
	return e.openingRecs(h)
}

// passageIDs are the ids the passages of doc's paragraphs from to to may
// have: a passage's id holds its paragraph and its number in the
// document, one or more a paragraph.
func passageIDs(doc string, from, to int) []string {
	var ids []string
	for para := from; para <= to; para++ {
		for i := 0; i < 2*para; i++ {
			ids = append(ids, passageKey(doc, para, i))
		}
	}
	return ids
}

// titledLead is how many paragraphs from its start an article's opening
// passage is looked for in (the first may be a heading's).
const titledLead = 3

// describedWriter is the writer a question calls "the op-ed author" or
// "the columnist", of the article the rest of its words describe: the
// one its byline names, who must also be someone its text names (the line
// about the author under an opinion piece, a brief's author line), not a
// reporter only credited with the story.
func (e *Engine) describedWriter(ctx context.Context, text string) (*person, error) {
	recs, _, err := e.describedArticles(ctx, text, writerCandidates)
	if err != nil {
		return nil, err
	}
	docs, err := e.docs.all()
	if err != nil {
		return nil, err
	}
	opinion := map[string]bool{}
	for _, d := range docs {
		opinion[d.ID] = d.Kind == corpus.KindOpinion
	}
	for _, r := range recs {
		if p := e.authorOf(r); p != nil && (p.Mentions > 0 || opinion[r.src.Doc]) {
			return p, nil
		}
	}
	// "the columnist", when the words say no more of the piece: the
	// writer of the one piece in its writer's own voice (an op-ed, a
	// column), when the articles hold one.
	var only *person
	for _, d := range docs {
		p := e.soleAuthor(d.Author)
		if p == nil || d.Kind != corpus.KindOpinion || p == only {
			continue
		}
		if only != nil {
			return nil, nil
		}
		only = p
	}
	return only, nil
}

// writerCandidates is how many passages best matching what a question
// says of a writer's article are looked through for one a writer the
// articles name wrote.
const writerCandidates = 20

// authorOf is the one person an article's byline names; nil when it
// names no one the articles know, or several.
func (e *Engine) authorOf(r *passageRec) *person { return e.soleAuthor(r.src.Author) }

// wroteAny reports p the sole author of some document the articles
// hold (a byline, or a speech delivered by them).
func (e *Engine) wroteAny(p *person) bool {
	e.writersOnce.Do(func() {
		e.writers = map[*person]bool{}
		docs, err := e.docs.all()
		if err != nil {
			e.log.Warn("writers", "err", err)
		}
		for _, d := range docs {
			if w := e.soleAuthor(d.Author); w != nil {
				e.writers[w] = true
			}
		}
	})
	return e.writers[p]
}

// soleAuthor is the person a byline names when it names one alone; nil
// otherwise.
func (e *Engine) soleAuthor(byline string) *person {
	names := bylineNames(byline)
	if len(names) != 1 {
		return nil
	}
	return e.resolveName(names[0])
}

// describedAuthor reads a speaker asked for as an article's writer ("the
// op-ed author", "the columnist", "the brief's author"): the rest of the
// words, which may say which article; ok is false when who calls no one
// a writer.
func describedAuthor(who string) (rest string, ok bool) {
	f := strings.Fields(strings.ToLower(who))
	qw := loadQuestionWords()
	for i, w := range f {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if slices.Contains(qw.AuthorNouns, w) {
			return strings.Join(append(f[:i:i], f[i+1:]...), " "), true
		}
	}
	// "the op ed guy", "the opinion lady": a piece in its writer's own
	// voice (a phrase, as describedArticles reads the kinds of piece),
	// and a word for someone after it.
	low := " " + strings.Join(f, " ") + " "
	for _, o := range qw.OpinionNouns {
		i := strings.Index(low, " "+o+" ")
		if i < 0 {
			continue
		}
		after := strings.Fields(low[i+len(o)+1:])
		for j, w := range after {
			if slices.Contains(qw.PersonNouns, w) {
				return strings.Join(slices.Concat(strings.Fields(low[:i+len(o)+1]), after[:j], after[j+1:]), " "), true
			}
		}
	}
	return "", false
}

// writes reports someone credited as a writer (a byline's "writer for
// The Meridian Review"; questions.yaml author_nouns): their articles are
// their words, quoted or not.
func (e *Engine) writes(p *person) bool {
	return slices.ContainsFunc(p.titles(), func(t string) bool {
		f := strings.Fields(strings.ToLower(t))
		return len(f) > 0 && slices.Contains(loadQuestionWords().AuthorNouns, f[0])
	})
}

// authoredPassages are the passages on qs of the articles p wrote (their
// byline names p alone), best first: an author's own words, which no
// quotation marks enclose. It looks through the passages best matching
// qs, so that it costs one search however large the corpus.
func (e *Engine) authoredPassages(ctx context.Context, p *person, qs []qterm, limit int) ([]Passage, error) {
	if len(qs) == 0 {
		return nil, nil
	}
	hits, err := e.searchPassages(ctx, termsQuery(qs, passageFields...), authoredCandidates)
	if err != nil {
		return nil, err
	}
	best, _, err := e.rank(hits, qs, typeNone, limit, minCoverage, false, func(r *passageRec) bool {
		// A passage quoting someone is their words, not the writer's.
		return !strings.ContainsAny(r.text, "\"“”«»„") && e.authorOf(r) == p
	})
	if err != nil {
		return nil, err
	}
	out := make([]Passage, len(best))
	for i, h := range best {
		out[i] = e.passage(h)
	}
	return out, nil
}

// authoredLead is, for someone never quoted, what they wrote in their
// own words when no passage of it matches the question's other words
// ("what did wierzbicki say in the op ed", "what did the lady from
// vinnytsia say"):
//   - the opening of an opinion piece their byline alone names, its
//     passages in the first person;
//   - a letter or contribution they sign ("Olena Hrytsak, Vinnytsia" on
//     a line of its own): the paragraphs above the signature under the
//     same heading.
//
// Either way no one else's quotation is shown as theirs. The pieces are
// found from the passages naming p (naming: an "About the author" line,
// a signature) and the lines crediting them; their paragraphs are read
// by their record ids, one search each however large the corpus.
func (e *Engine) authoredLead(ctx context.Context, p *person, naming []Passage, limit int) ([]Passage, error) {
	type piece struct {
		doc, section string
		from, to     int  // paragraphs
		signed       bool // above a signature: theirs, first person or not
	}
	var pieces []piece
	add := func(x piece) {
		if !slices.Contains(pieces, x) {
			pieces = append(pieces, x)
		}
	}
	read := map[string]bool{} // articles whose byline was read: once each
	byline := func(doc, author string) {
		if !read[doc] && e.soleAuthor(author) == p {
			add(piece{doc: doc, from: 1, to: authoredLeadParagraphs})
		}
		read[doc] = true
	}
	for _, n := range naming {
		byline(n.Source.Doc, n.Source.Author)
		if p.signs(n.Text) && n.Source.Paragraph > 1 {
			add(piece{doc: n.Source.Doc, section: n.Source.Section, from: max(1, n.Source.Paragraph-authoredLeadParagraphs), to: n.Source.Paragraph - 1, signed: true})
		}
	}
	for _, c := range p.Credits {
		byline(c.Doc, c.Author)
	}
	var out []Passage
	for _, pc := range pieces {
		ids := passageIDs(pc.doc, pc.from, pc.to)
		hits, err := e.searchPassages(ctx, bleve.NewDocIDQuery(ids), len(ids))
		if err != nil {
			return nil, err
		}
		// In the piece's order: hits of one score come in corpus order.
		for i := range hits {
			if len(out) == limit {
				return out, nil
			}
			r, err := e.passageOf(&hits[i])
			if err != nil {
				return nil, err
			}
			if strings.ContainsAny(r.text, "\"“”«»„") || pc.signed && r.src.Section != pc.section || !pc.signed && !e.lex.SpeaksInFirstPerson(r.text) {
				continue
			}
			out = append(out, e.passage(hits[i]))
		}
	}
	return out, nil
}

// signs reports a passage that is p's signature: their name, alone or
// with where they write from ("Olena Hrytsak, Vinnytsia"), and nothing
// else.
func (p *person) signs(text string) bool {
	t := strings.TrimLeft(strings.TrimSpace(text), "—–- ")
	rest, ok := strings.CutPrefix(t, p.Name)
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return rest == "" || strings.HasPrefix(rest, ",") && len(strings.Fields(rest)) <= maxSignatureWords && !strings.ContainsAny(rest, ".!?")
}

// maxSignatureWords is the most words a signature sets after the name.
const maxSignatureWords = 4

// authoredLeadParagraphs is how many of an opinion piece's first
// paragraphs, or of the paragraphs above a signature, are read for the
// writer's own words.
const authoredLeadParagraphs = 12

// namingFirst puts the passages naming p before their own words: who
// someone is is said of them ("Tomasz Wierzbicki was Poland's deputy
// minister …"), not in the op-ed they wrote. The order is kept otherwise.
func namingFirst(p *person, ps []Passage) []Passage {
	out := make([]Passage, 0, len(ps))
	for _, naming := range []bool{true, false} {
		for _, x := range ps {
			if p.namedIn(x.Text) == naming {
				out = append(out, x)
			}
		}
	}
	return out
}

// introducingFirst orders first the passages that introduce p: their
// full name beside one of their titles that says what they do, in
// minIntroTitle words or more ("Ms Niamh Gallagher, Special Envoy of the
// Minister for Foreign Affairs for the Galway Process"), the longest
// title first, which is what "who is" asks. The others keep their order
// after them: a title of a word or two ("Lieutenant General") is in
// every passage naming them, and says less than one going on about
// them.
func introducingFirst(p *person, ps []Passage) []Passage {
	held := func(x Passage) int {
		if !p.fullNameIn(x.Text) {
			return 0
		}
		best := 0
		low := strings.ToLower(x.Text)
		for _, r := range p.titles() {
			if len(strings.Fields(r)) >= minIntroTitle && strings.Contains(low, strings.ToLower(r)) && len(r) > best {
				best = len(r)
			}
		}
		return best
	}
	// Each passage's title read once, not at every comparison.
	type scored struct {
		p       Passage
		defines bool
		title   int
	}
	byTitle := make([]scored, len(ps))
	for i, x := range ps {
		byTitle[i] = scored{x, p.definedIn(x.Text), held(x)}
	}
	slices.SortStableFunc(byTitle, func(a, b scored) int {
		return cmp.Or(cmp.Compare(boolInt(b.defines), boolInt(a.defines)), cmp.Compare(b.title, a.title))
	})
	out := make([]Passage, len(ps))
	for i, x := range byTitle {
		out[i] = x.p
	}
	return out
}

// minIntroTitle is the fewest words of a title that introduces someone
// ("head of the Russian delegation").
const minIntroTitle = 4

// authoredCandidates is how many of the passages best matching a
// subject are looked through for those an author wrote.
const authoredCandidates = 50

// authorCandidates is how many of the passages best matching an
// article's description are looked through for one from the outlet it
// names.
const authorCandidates = 5

// outletNamed is the word of low (lower case, padded with spaces) that
// names the outlet of one of the articles ("the meridian piece"), or "".
func (e *Engine) outletNamed(low string) string {
	docs, err := e.docs.all()
	if err != nil {
		return ""
	}
	for _, d := range docs {
		for _, w := range strings.Fields(strings.ToLower(d.Outlet)) {
			if len(w) > 3 && strings.Contains(low, " "+w+" ") {
				return w
			}
		}
	}
	return ""
}

// outletTerm reports an index term that is a word of an article's
// outlet's name ("continental" of The Continental Post), of four letters
// or more (not "the") or initials in capitals ("CPA"): a question's word the passages never use ("what got
// corrected in the continental post story") names where the answer is
// printed, not what it is about.
func (e *Engine) outletTerm(t string) bool { return e.sourceTerms().outlet[t] }

// titleTerm reports an index term that is a word of an article's title
// (three letters or more: "AMA"): a question's word no passage uses, nor
// anything related, that the title of one of the articles holds ("when
// was the written q answered", under "WRITTEN QUESTIONS AND ANSWERS")
// names the article, not a subject they lack.
func (e *Engine) titleTerm(t string) bool { return e.sourceTerms().title[t] }

// sourceTerms are the index terms of the words of the articles' outlets
// and titles (outletTerm, titleTerm), read once.
func (e *Engine) sourceTerms() *sourceTerms {
	e.sourceTermsOnce.Do(func() {
		st := &sourceTerms{outlet: map[string]bool{}, title: map[string]bool{}}
		e.sourceTermsOf = st
		docs, err := e.docs.all()
		if err != nil {
			return
		}
		for _, d := range docs {
			for _, w := range strings.Fields(d.Outlet) {
				if ot := e.terms.of(w); (letters(w) > 3 || isAcronym(w)) && ot != "" {
					st.outlet[ot] = true
				}
			}
			for _, w := range strings.Fields(d.Title) {
				if tt := e.terms.of(w); letters(w) > 2 && tt != "" {
					st.title[tt] = true
				}
			}
		}
	})
	return e.sourceTermsOf
}

// sourceTerms are index terms of the articles' outlets and titles.
type sourceTerms struct{ outlet, title map[string]bool }

// bylineNames splits a byline into its names: "Selin Arslan and Tomasz
// Wierzbicki", "A, B and C".
func bylineNames(byline string) []string {
	var out []string
	for _, part := range strings.Split(byline, ",") {
		for _, n := range strings.Split(part, " and ") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// letters counts the letters of w.
func letters(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
