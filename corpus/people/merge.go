package people

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// DocumentPeople is what Merge needs of one document: its people and the
// speakers and roles of its quotes.
type DocumentPeople struct {
	People []Person
	Quotes []Quote
}

// Merge joins the documents' people into the corpus's: one person per
// surname key (so Zelensky and Zelenskyy meet), filed under the fullest
// name or a known figure's usual spelling, with counts added up and the
// cleanest title. It returns them sorted by name, and the name each
// document's speaker is now filed under, asked for by the document's
// position in docs: a bare surname is resolved by what its own document
// says of it when that says anything.
//
// People of different groups (MergeGroup) never meet: a merged person,
// and the name a speaker is filed under, depend only on the people and
// speakers of the same group, in document order. Merging the documents
// with only the people and speakers of some groups left in them gives
// the same people of those groups as merging the whole documents.
func (lx *Lexicon) Merge(docs []DocumentPeople) ([]Person, func(doc int, name string) string) {
	byKey := map[string]*Person{}
	var order []string
	// People are keyed by surname and given name, so that two of one
	// surname stay two; a bare surname joins the one full name with
	// that surname, if there is exactly one.
	full := map[string][]string{} // surname key → full-name keys
	// A corpus names the same people in many documents: each name's
	// keys are worked out once. fullKeys holds a full name's key,
	// surname and given name (or a known figure's usual given name); ""
	// for a name that is no full name.
	fullKeys := map[string]string{}
	fullKeyOf := func(name string) string {
		if k, ok := fullKeys[name]; ok {
			return k
		}
		k := ""
		if f := strings.Fields(name); len(f) >= 2 && lx.Surname(name) != name && !initials(f[0]) {
			k = Key(lx.Surname(name)) + "|" + Key(f[0])
			if kp := lx.lookupKnown(name); kp != nil {
				k = Key(lx.Surname(name)) + "|" + Key(strings.Fields(kp.Name)[0])
			}
		}
		fullKeys[name] = k
		return k
	}
	tails := lx.compoundTails(docs)
	// The title words of each full-name key and each bare surname, so
	// that "Judge Kovalenko" joins Judge Taras Kovalenko, not Cllr Iryna
	// Kovalenko.
	fullTitles := map[string]map[string]bool{}
	bareTitles := map[string]map[string]bool{}
	addTitles := func(set map[string]bool, p Person) map[string]bool {
		for _, r := range append([]string{p.Role}, p.Roles...) {
			for _, w := range strings.Fields(r) {
				if w = Fold(strings.Trim(w, ".,;:()")); lx.IsTitleNoun(w) {
					if set == nil {
						set = map[string]bool{}
					}
					set[w] = true
				}
			}
		}
		return set
	}
	// The genders the documents give each full-name key and each bare
	// surname, so that "Chief Bondar says her crews …" joins Oksana
	// Bondar, not Yurii.
	fullGenders := map[string]map[Gender]bool{}
	bareGenders := map[string]map[Gender]bool{}
	addGender := func(set map[Gender]bool, g Gender) map[Gender]bool {
		if g == Unknown {
			return set
		}
		if set == nil {
			set = map[Gender]bool{}
		}
		set[g] = true
		return set
	}
	// Each document's own titles and genders for the bare surnames it
	// names: two people may share a surname across articles, "Captain
	// Bondar" in one and "Mrs Bondar", a nurse, in another, and each
	// article's bare name is the one its own words point to.
	type docName struct {
		doc  int
		name string
	}
	docTitles := map[docName]map[string]bool{}
	docGenders := map[docName]map[Gender]bool{}
	for i, d := range docs {
		for _, p := range d.People {
			_, seen := fullKeys[p.Name]
			k := fullKeyOf(p.Name)
			switch {
			case !strings.Contains(p.Name, " "):
				bk, at := Key(p.Name), docName{i, p.Name}
				bareTitles[bk] = addTitles(bareTitles[bk], p)
				bareGenders[bk] = addGender(bareGenders[bk], p.Gender)
				if ts := addTitles(docTitles[at], p); ts != nil {
					docTitles[at] = ts
				}
				if gs := addGender(docGenders[at], p.Gender); gs != nil {
					docGenders[at] = gs
				}
			case k != "":
				fullTitles[k] = addTitles(fullTitles[k], p)
				fullGenders[k] = addGender(fullGenders[k], p.Gender)
			}
			if seen || k == "" {
				continue
			}
			if _, ok := tails[Fold(p.Name)]; ok {
				continue // the end of a longer name: that one's key
			}
			sk, _, _ := strings.Cut(k, "|")
			if !contains(full[sk], k) {
				full[sk] = append(full[sk], k)
			}
		}
	}
	joins := lx.familiarJoins(docs, full, fullGenders, fullKeyOf)
	// bareKey is the full-name key a bare surname (its key sk) with
	// these titles and genders joins, or sk: the one full name of that
	// surname, unless their titles are of other kinds; else the one
	// sharing a title with it, or the one of its gender.
	// byGiven are the full-name keys by their given name's key, for a
	// bare name that is no one's surname.
	var byGiven map[string][]string
	bareKey := func(sk string, titles map[string]bool, genders map[Gender]bool) string {
		if len(full[sk]) == 1 && !lx.titlesApart(titles, fullTitles[full[sk][0]]) {
			return full[sk][0]
		}
		if len(full[sk]) == 0 && len(titles) > 0 {
			// "Father Yosyp taught us", in an interview, is the Father
			// Yosyp Melnyk of the chronology: the one full name with
			// that given name, sharing a title with it.
			if byGiven == nil {
				byGiven = map[string][]string{}
				for _, ks := range full {
					for _, k := range ks {
						_, g, _ := strings.Cut(k, "|")
						byGiven[g] = append(byGiven[g], k)
					}
				}
			}
			if ks := byGiven[sk]; len(ks) == 1 && sharesTitle(titles, fullTitles[ks[0]]) {
				return ks[0]
			}
		}
		if k := titledOne(full[sk], fullTitles, titles); k != "" {
			return k
		}
		if k := titledOne(full[sk], fullGenders, genders); k != "" && len(genders) == 1 {
			return k
		}
		return sk
	}
	keyOfName := func(name string) string {
		if longer, ok := tails[Fold(name)]; ok {
			name = longer
		}
		sur := lx.Surname(name)
		sk := Key(sur)
		f := strings.Fields(name)
		if len(f) >= 2 && sur != name && initials(f[0]) {
			// "A.V. Lebedev": the one full name of that surname whose
			// given name has that initial.
			var fits []string
			for _, k := range full[sk] {
				_, given, _ := strings.Cut(k, "|")
				if strings.HasPrefix(given, Key(string(firstRune(f[0])))) {
					fits = append(fits, k)
				}
			}
			if len(fits) == 1 {
				return fits[0]
			}
			return sk + "|" + Key(f[0])
		}
		if k := fullKeyOf(name); k != "" {
			if j, ok := joins[k]; ok {
				return j
			}
			return k
		}
		return bareKey(sk, bareTitles[sk], bareGenders[sk])
	}
	keys := map[string]string{}
	keyOf := func(name string) string {
		if k, ok := keys[name]; ok {
			return k
		}
		k := keyOfName(name)
		keys[name] = k
		return k
	}
	// keyIn is the key of a name as document doc uses it: a bare
	// surname the document gives a title or a gender is resolved by
	// those alone, any other name as in every document.
	keyIn := func(doc int, name string) string {
		at := docName{doc, name}
		if ts, gs := docTitles[at], docGenders[at]; len(ts) > 0 || len(gs) > 0 {
			return bareKey(Key(name), ts, gs)
		}
		return keyOf(name)
	}
	// Roles: those given where the person is quoted first, then each
	// document's title for the person, written the plain way.
	quoteRoles := map[string]*tally{}
	docRoles := map[string]*tally{}
	plain := map[string]string{}
	aliasSeen := map[string]map[string]bool{}
	ageless := map[string]bool{} // people given two ages
	count := func(m map[string]*tally, k, role string) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		p, ok := plain[role]
		if !ok {
			p = lx.plainTitle(role)
			plain[role] = p
		}
		m[k].add(p)
	}
	for i, d := range docs {
		for _, q := range d.Quotes {
			if q.Speaker != "" && q.Role != "" && !q.Reported {
				count(quoteRoles, keyIn(i, q.Speaker), q.Role)
			}
		}
		for _, p := range d.People {
			k := keyIn(i, p.Name)
			count(docRoles, k, p.Role)
			m := byKey[k]
			if m == nil {
				cp := p
				cp.Aliases = append([]string(nil), p.Aliases...)
				cp.Roles = append([]string(nil), p.Roles...)
				cp.Organisations = append([]string(nil), p.Organisations...)
				byKey[k] = &cp
				order = append(order, k)
				continue
			}
			// Each spelling once: sortedAliases sorts them and drops
			// repeats, and a figure named in thousands of documents
			// would otherwise gather thousands of copies.
			seen := aliasSeen[k]
			if seen == nil {
				seen = map[string]bool{}
				for _, a := range m.Aliases {
					seen[a] = true
				}
				aliasSeen[k] = seen
			}
			addAlias := func(a string) {
				if !seen[a] {
					seen[a] = true
					m.Aliases = append(m.Aliases, a)
				}
			}
			// Prefer a full name to a bare surname or the end of it
			// ("Tavares Lima"), a well-known figure's usual spelling to
			// any other, and the formal given name to a familiar one
			// ("Oleksandr" to "Sasha").
			if !strings.Contains(m.Name, " ") && strings.Contains(p.Name, " ") || initials(strings.Fields(m.Name)[0]) && !initials(strings.Fields(p.Name)[0]) && strings.Contains(p.Name, " ") || tails[Fold(m.Name)] == p.Name || joins[fullKeyOf(m.Name)] == k && fullKeyOf(p.Name) == k {
				addAlias(Fold(m.Name))
				m.Name = p.Name
			} else if p.Name != m.Name {
				addAlias(Fold(p.Name))
			}
			if m.Gender == Unknown {
				m.Gender = p.Gender
			}
			switch {
			case m.Age == 0 && !ageless[k]:
				m.Age = p.Age
			case p.Age != 0 && p.Age != m.Age:
				// Two ages: two people sharing a name, or a year gone
				// by; neither says which "54-year-old" is meant.
				m.Age, ageless[k] = 0, true
			}
			for _, a := range p.Aliases {
				addAlias(a)
			}
			for _, r := range p.Roles {
				if !contains(m.Roles, r) {
					m.Roles = append(m.Roles, r)
				}
			}
			for _, o := range p.Organisations {
				if !contains(m.Organisations, o) {
					m.Organisations = append(m.Organisations, o)
				}
			}
			m.Quotes += p.Quotes
			m.Mentions += p.Mentions
		}
	}
	out := make([]Person, 0, len(order))
	for _, k := range order {
		p := byKey[k]
		known := ""
		if kp := lx.lookupKnown(p.Name); kp != nil {
			known = kp.Role
		}
		switch {
		case quoteRoles[k] != nil && !quoteRoles[k].empty():
			p.Role = lx.jobOver(lx.fuller(quoteRoles[k].best(lx, known), p.Roles), p.Roles)
		case docRoles[k] != nil && !docRoles[k].empty():
			p.Role = lx.jobOver(docRoles[k].best(lx, known), p.Roles)
		default:
			p.Role = known
		}
		if known != "" && !lx.headAmong(known, p.Roles) {
			// A well-known figure's usual title is theirs whatever the
			// articles call them: "the ombudsman" is still Lubinets
			// where the text says Commissioner for Human Rights. A
			// title of the same kind the articles give stands instead
			// ("Foreign Ministry spokeswoman").
			p.Roles = append(p.Roles, known)
		}
		p.Aliases = lx.sortedAliases(p.Name, p.Aliases)
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	canonical := func(doc int, name string) string {
		if p := byKey[keyIn(doc, name)]; p != nil {
			return p.Name
		}
		return name
	}
	return out, canonical
}

// familiarJoins are the full-name keys that name, by a familiar given
// name, someone a fuller key names, mapped to that key: "Kati Fehérvári"
// in one article is Katalin Fehérvári of another, whom it calls Kati (an
// alias of hers), and "Sasha Pidhirnyi" is the one Oleksandr Pidhirnyi
// (diminutives.tsv). full loses the joined keys: a bare surname is then
// one person's. Both names share the surname, so the joins depend only
// on the surname's group.
func (lx *Lexicon) familiarJoins(docs []DocumentPeople, full map[string][]string, genders map[string]map[Gender]bool, fullKeyOf func(string) string) map[string]string {
	joins := map[string]string{}
	for _, d := range docs {
		for _, p := range d.People {
			k := fullKeyOf(p.Name)
			if k == "" {
				continue
			}
			sk, given, _ := strings.Cut(k, "|")
			last := Key(lastWord(lx.Surname(p.Name)))
			for _, a := range p.Aliases {
				f := strings.Fields(a)
				if len(f) < 2 || Key(f[len(f)-1]) != last {
					continue
				}
				if g := Key(f[0]); g != given && !initials(f[0]) {
					joins[sk+"|"+g] = k
				}
			}
		}
	}
	for sk, ks := range full {
		for _, k := range ks {
			if _, ok := joins[k]; ok {
				continue
			}
			_, given, _ := strings.Cut(k, "|")
			var formal []string
			for _, n := range lx.FamiliarOf(given) {
				if fk := sk + "|" + Key(n); fk != k && contains(ks, fk) && !contains(formal, fk) {
					formal = append(formal, fk)
				}
			}
			if len(formal) == 1 {
				joins[k] = formal[0]
			}
		}
	}
	for k, to := range lx.shortenedJoins(docs, full, genders, fullKeyOf) {
		if _, ok := joins[k]; !ok {
			joins[k] = to
		}
	}
	for k, to := range lx.romanisedJoins(docs, full, genders, fullKeyOf) {
		if _, ok := joins[k]; !ok {
			joins[k] = to
		}
	}
	for k, to := range joins {
		if joins[to] != "" {
			delete(joins, k) // no chains: a key joins a key that stays
		}
	}
	for sk, ks := range full {
		full[sk] = slices.DeleteFunc(ks, func(k string) bool { _, ok := joins[k]; return ok })
	}
	for k, to := range joins {
		// "Zarevich" alone, in the article that spells him so, is the
		// Oleh Zarevych the other spelling joined.
		if sk, _, _ := strings.Cut(k, "|"); len(full[sk]) == 0 {
			full[sk] = []string{to}
		}
	}
	return joins
}

// romanisedJoins are the full-name keys that spell, in another
// romanisation, the name of a key named in more documents (Romanised:
// "Oleg Zarevich" of a briefing is the Oleh Zarevych of the wire, the
// letters and the profile), mapped to that key. Two spellings named in
// one document, or given two genders, are two people.
func (lx *Lexicon) romanisedJoins(docs []DocumentPeople, full map[string][]string, genders map[string]map[Gender]bool, fullKeyOf func(string) string) map[string]string {
	bySpelling := map[string][]string{} // Romanised key → full-name keys
	for _, ks := range full {
		for _, k := range ks {
			sk, given, _ := strings.Cut(k, "|")
			r := lx.Romanised(sk) + "|" + lx.Romanised(given)
			if !contains(bySpelling[r], k) {
				bySpelling[r] = append(bySpelling[r], k)
			}
		}
	}
	// "Dimitar Kosich" of the live blog is the wire's "Dmitar Kosic",
	// "Theodor Brask" its "Teodor Brask": a given name spelt with one
	// letter more, of a surname spelt alike, joins the shorter spelling
	// (the longer spellings first, in order, so that the groups do not
	// depend on the map's).
	longer := slices.Collect(maps.Keys(bySpelling))
	slices.SortFunc(longer, func(a, b string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	for _, r := range longer {
		sk, given, _ := strings.Cut(r, "|")
		if len(bySpelling[r]) == 0 {
			continue
		}
		// "Teodor Alvaine" of the radio bulletin is the wire's "Teodor
		// Alvane": so too a surname spelt with one letter more, of a
		// given name spelt alike.
		var shorter []string
		if utf8.RuneCountInString(given) >= minLongerGiven {
			for i := range given {
				_, n := utf8.DecodeRuneInString(given[i:])
				shorter = append(shorter, sk+"|"+given[:i]+given[i+n:])
			}
		}
		if base, ok := strings.CutSuffix(given, "e"); ok && utf8.RuneCountInString(given) >= minFinalVowelGiven {
			// "Sabine Korrel" of the interview is the television's
			// "Sabina Korell": a given name's last a written e, as
			// French and German spell what Slavic and Italian end in a.
			shorter = append(shorter, sk+"|"+base+"a")
		}
		if utf8.RuneCountInString(sk) >= minLongerGiven && given != "" {
			for i := range sk {
				_, n := utf8.DecodeRuneInString(sk[i:])
				shorter = append(shorter, sk[:i]+sk[i+n:]+"|"+given)
			}
		}
		for _, short := range shorter {
			if len(bySpelling[short]) > 0 {
				bySpelling[short] = append(bySpelling[short], bySpelling[r]...)
				delete(bySpelling, r)
				break
			}
		}
	}
	// "Aurel Benedec" of the newsletter is the long read's "Aurel
	// Benedek": a surname spelt with one letter other than the first
	// changed, of a given name spelt alike, joins too (the spellings in
	// order, so that the groups do not depend on the map's).
	joinOnKeys(bySpelling, func(r string) []string {
		sk, given, _ := strings.Cut(r, "|")
		if given == "" || utf8.RuneCountInString(sk) < minLongerGiven {
			return nil
		}
		var keys []string // the surname with one letter left open, and the given name
		_, first := utf8.DecodeRuneInString(sk)
		for i := first; i < len(sk); {
			_, n := utf8.DecodeRuneInString(sk[i:])
			keys = append(keys, sk[:i]+"?"+sk[i+n:]+"|"+given)
			i += n
		}
		return keys
	})
	// "Oscar Vrell" of the local site is the cable's "Oskar Vrell": so
	// too a given name whose hard c another spelling writes k, of a
	// surname spelt alike (not the surname's: Romanised folds its ch,
	// cz and ts to c, which is no k).
	joinOnKeys(bySpelling, func(r string) []string {
		sk, given, _ := strings.Cut(r, "|")
		if !strings.ContainsAny(given, "ck") {
			return nil
		}
		return []string{sk + "|" + strings.ReplaceAll(given, "c", "k")}
	})
	// "Arkadi Jelvine" of the analysis is the live blog's "Arkady
	// Zhelvin": a surname French spells (french_spellings.tsv: j for
	// zh, -ine for -in), of a given name spelt alike. Each spelling
	// keys by itself too, so that the French one meets the English.
	joinOnKeys(bySpelling, func(r string) []string {
		_, given, _ := strings.Cut(r, "|")
		keys := []string{r}
		for _, k := range bySpelling[r] {
			if s, _, _ := strings.Cut(k, "|"); given != "" && utf8.RuneCountInString(s) >= minLongerGiven {
				if en := lx.EnglishOfFrench(s); en != s {
					keys = append(keys, lx.Romanised(en)+"|"+given)
				}
			}
		}
		return keys
	})
	// "Aurel Kastaine" of the feed is the reports' "Aurel Castaine": a
	// surname opening with a hard c another spelling writes k ("ca",
	// "co", "cu", "cl", "cr": not "ce", "ci", nor the c Romanised made
	// of "ch" or "cz"), of a given name spelt alike.
	joinOnKeys(bySpelling, func(r string) []string {
		sk, given, _ := strings.Cut(r, "|")
		if given == "" || len(sk) < 3 || sk[0] != 'c' && sk[0] != 'k' || !strings.ContainsRune("aoulr", rune(sk[1])) {
			return nil
		}
		for _, k := range bySpelling[r] {
			if as, _, _ := strings.Cut(k, "|"); strings.HasPrefix(as, "ch") || strings.HasPrefix(as, "cz") {
				return nil // Romanised's c
			}
		}
		return []string{"k" + sk[1:] + "|" + given}
	})
	var alike map[string]string // key → its Romanised key, in a group of two or more
	for r, ks := range bySpelling {
		if len(ks) < 2 {
			continue
		}
		if alike == nil {
			alike = map[string]string{}
		}
		for _, k := range ks {
			alike[k] = r
		}
	}
	if alike == nil {
		return nil
	}
	docsOf := map[string]int{}
	apart := map[string]bool{} // Romanised keys two of whose spellings share a document
	for _, d := range docs {
		in := map[string]bool{}
		for _, p := range d.People {
			if k := fullKeyOf(p.Name); alike[k] != "" && !in[k] {
				in[k] = true
				docsOf[k]++
			}
		}
		seen := map[string]bool{}
		for k := range in {
			if seen[alike[k]] {
				apart[alike[k]] = true
			}
			seen[alike[k]] = true
		}
	}
	joins := map[string]string{}
	for r, ks := range bySpelling {
		if len(ks) < 2 || apart[r] {
			continue
		}
		// The spelling named in most documents stands; ties go to the
		// first in order of the keys.
		sorted := slices.Clone(ks)
		slices.SortFunc(sorted, func(a, b string) int {
			if docsOf[a] != docsOf[b] {
				return docsOf[b] - docsOf[a]
			}
			return strings.Compare(a, b)
		})
		to := sorted[0]
		for _, k := range sorted[1:] {
			if g0, g1 := genders[k], genders[to]; len(g0) == 1 && len(g1) == 1 && !maps.Equal(g0, g1) {
				continue
			}
			joins[k] = to
		}
	}
	return joins
}

// minLongerGiven is the fewest letters of a given name or a surname that
// one letter more than another spelling's may make the same name
// ("Dimitar", "Dmitar"; "Alvaine", "Alvane"); shorter ones are more often
// two names ("Ivan", "Iva").
const minLongerGiven = 6

// minFinalVowelGiven is the fewest letters of a given name whose last e
// may be another spelling's a ("Sabine", "Sabina"; "Marie", "Maria").
const minFinalVowelGiven = 5

// shortenedJoins are the full-name keys whose given name is a short
// form (shortening) of the one other full name of that surname: "Bodo
// Lirac" posting as the crew chief is Bogdan Lirac of the meeting's
// minutes, the radio's "Mila Sarec" the Ludmila Sarec of the speech. A
// pair of one surname named in one document together is two people
// (brothers, a married couple), and so is a pair of two genders.
func (lx *Lexicon) shortenedJoins(docs []DocumentPeople, full map[string][]string, genders map[string]map[Gender]bool, fullKeyOf func(string) string) map[string]string {
	joins := map[string]string{}
	var pairs map[[2]string]bool // keys of one surname, short first
	for _, ks := range full {
		if len(ks) != 2 {
			continue
		}
		_, g0, _ := strings.Cut(ks[0], "|")
		_, g1, _ := strings.Cut(ks[1], "|")
		short, long := ks[0], ks[1]
		if len(g1) < len(g0) {
			short, long, g0, g1 = long, short, g1, g0
		}
		if !lx.shortening(g0, g1) {
			continue
		}
		if pairs == nil {
			pairs = map[[2]string]bool{}
		}
		pairs[[2]string{short, long}] = true
	}
	if len(pairs) == 0 {
		return nil
	}
	apart := map[[2]string]bool{}
	for _, d := range docs {
		in := map[string]bool{}
		for _, p := range d.People {
			if k := fullKeyOf(p.Name); k != "" {
				in[k] = true
			}
		}
		for pr := range pairs {
			if in[pr[0]] && in[pr[1]] {
				apart[pr] = true
			}
		}
	}
	for pr := range pairs {
		// Each given one gender, and not the same one: two people.
		g0, g1 := genders[pr[0]], genders[pr[1]]
		if apart[pr] || len(g0) == 1 && len(g1) == 1 && !maps.Equal(g0, g1) {
			continue
		}
		joins[pr[0]] = pr[1]
	}
	return joins
}

// shortening reports whether the given name short (folded) is a short
// form of long: its familiar form (diminutives.tsv: "Lena" of Olena), its
// tail of four letters or more ("Mila" of Ludmila, "Tina" of Kristina;
// not "Ana" of Oksana), or, when the lexicon
// knows long but not short, its opening ("Bodo" of Bogdan; "Mark" and
// "Markus" are two names).
func (lx *Lexicon) shortening(short, long string) bool {
	if len(short) < 2 || len(short) >= len(long) {
		return false
	}
	_, knownShort := lx.given[short]
	_, knownLong := lx.given[long]
	switch {
	case lx.familiarPair(short, long):
		return true
	case len(short) >= minTailName && strings.HasSuffix(long, short):
		return knownLong
	}
	return !knownShort && knownLong && short[:2] == long[:2]
}

// minTailName is the shortest tail of a given name taken for a short
// form of it.
const minTailName = 4

// headAmong reports whether title's head noun (its last title word) is
// the head of one of roles, or of its class.
func (lx *Lexicon) headAmong(title string, roles []string) bool {
	head := lastTitleNoun(lx, title)
	if head == "" {
		return true
	}
	for _, r := range roles {
		for _, w := range titleWords(r) {
			if lx.SameTitle(w, head) {
				return true
			}
		}
	}
	return false
}

// lastTitleNoun is the last title noun of a title, lower case.
func lastTitleNoun(lx *Lexicon, title string) string {
	f := titleWords(title)
	for i := len(f) - 1; i >= 0; i-- {
		if lx.IsTitleNoun(f[i]) {
			return f[i]
		}
	}
	return ""
}

// MergeGroup is the group of a name in Merge: its surname's key, folded
// as its romanisations are (Romanised: "Zarevych" and "Zarevich" are one
// group). Every name Merge files under one person has the same group, and
// so has the person's name — but for a given name alone joining the one
// full name with it ("Yosyp" of Yosyp Melnyk), whose groups an update
// merges again together.
func (lx *Lexicon) MergeGroup(name string) string { return lx.Romanised(Key(lx.Surname(name))) }

// compoundTails finds two-word names that end a longer name of the
// corpus, and only one ("Tavares Lima", in an article that calls
// Ambassador Rodrigo Tavares Lima by his two surnames): each folded, to
// the longer name, whose person it is.
func (lx *Lexicon) compoundTails(docs []DocumentPeople) map[string]string {
	var long []string
	seen := map[string]bool{}
	for _, d := range docs {
		for _, p := range d.People {
			if f := strings.Fields(p.Name); len(f) >= 3 && !seen[p.Name] {
				seen[p.Name] = true
				long = append(long, p.Name)
			}
		}
	}
	if len(long) == 0 {
		return nil
	}
	tails := map[string]string{}
	two := map[string]int{} // how many longer names each tail ends
	for _, name := range long {
		f := strings.Fields(name)
		tail := Fold(strings.Join(f[len(f)-2:], " "))
		if two[tail]++; two[tail] == 1 {
			tails[tail] = name
		}
	}
	for tail, n := range two {
		if n > 1 || lx.Surname(tails[tail]) != strings.Fields(tails[tail])[len(strings.Fields(tails[tail]))-1] {
			// Two longer names end so, or the last two words are one
			// surname with its particle ("von der Leyen"), already
			// keyed as one.
			delete(tails, tail)
		}
	}
	return tails
}

// titlesApart reports a bare surname's titles and a full name's that
// are all of different kinds, none shared and none of one kind
// (title_kinds.tsv): "Captain Bondar" is not the one Halyna Bondar the
// articles name in full, a nurse. Either set empty says nothing.
func (lx *Lexicon) titlesApart(bare, full map[string]bool) bool {
	if len(bare) == 0 || len(full) == 0 {
		return false
	}
	for b := range bare {
		for f := range full {
			if !lx.otherKind(b, f) {
				return false
			}
		}
	}
	return true
}

// otherKind reports two title words (folded) that say different things
// of whoever holds them: neither only how someone is addressed ("Dr
// Koval" may be anyone of that name), not one title nor two of one kind
// (title_kinds.tsv: "general" and "commander" are both an officer's).
func (lx *Lexicon) otherKind(a, b string) bool {
	if a == b || lx.is("addressonly", a) || lx.is("addressonly", b) || lx.SameTitle(a, b) {
		return false
	}
	for kind := range lx.kinds {
		if lx.Covers(kind, a) && lx.Covers(kind, b) {
			return false
		}
	}
	return true
}

// titledOne is the one full-name key among keys whose titles (or
// genders) share one with a bare surname's (theirs: "Judge" of "Judge
// Kovalenko"); "" when none or several do.
func titledOne[T comparable](keys []string, fullTitles map[string]map[T]bool, theirs map[T]bool) string {
	if len(theirs) == 0 {
		return ""
	}
	found := ""
	for _, k := range keys {
		shares := false
		for w := range theirs {
			if fullTitles[k][w] {
				shares = true
			}
		}
		if !shares {
			continue
		}
		if found != "" {
			return ""
		}
		found = k
	}
	return found
}

// sharesTitle reports whether two sets of title words share one.
func sharesTitle(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// joinOnKeys joins each spelling of bySpelling (in order, so that the
// groups do not depend on the map's) to the first spelling before it
// that shares one of its keys, moving its names to that one's group.
func joinOnKeys(bySpelling map[string][]string, keys func(r string) []string) {
	first := map[string]string{} // a key → the first spelling having it
	for _, r := range slices.Sorted(maps.Keys(bySpelling)) {
		if len(bySpelling[r]) == 0 {
			continue
		}
		for _, key := range keys(r) {
			to, ok := first[key]
			if !ok {
				first[key] = r
				continue
			}
			if to != r && len(bySpelling[to]) > 0 {
				bySpelling[to] = append(bySpelling[to], bySpelling[r]...)
				delete(bySpelling, r)
				break
			}
		}
	}
}
