package index

import (
	"slices"
	"strings"
	"sync"

	"github.com/talksbot/talksbot/corpus/people"
)

// toldListener is who answers "what did the pilot tell brasko over the
// radio": the one the question names after a verb taking a listener
// ("tell", "told"), when the teller is asked by a title (resolved to
// teller, a guess) and the listener's own words give what someone of
// that title told them ("one of the Aldorian pilots came on the radio
// and told me, '…'"). Their words, quoting the teller, are the answer;
// the pilot the articles name may be someone else. Nil otherwise.
func (e *Engine) toldListener(q, who string, teller *person) (*person, error) {
	noun := lastToken(who)
	if noun == "" || teller == nil {
		return nil, nil
	}
	ws := strings.Fields(strings.ToLower(q))
	verbs := listenerVerbs()
	for i := 0; i+1 < len(ws); i++ {
		if !verbs[ws[i]] {
			continue
		}
		if e.resolveName(who) != nil {
			return nil, nil // the teller asked by name: their own words
		}
		var listener *person
		for n := min(3, len(ws)-i-1); n >= 1 && listener == nil; n-- {
			listener = e.resolveName(strings.Join(ws[i+1:i+1+n], " "))
		}
		if listener == nil || listener == teller {
			return nil, nil
		}
		recs, err := e.firstQuotes(listener.Name, false, maxListenerQuotes, nil)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if toldBy(r.quote.Text, noun) {
				return listener, nil
			}
		}
		return nil, nil
	}
	return nil, nil
}

// listenerVerbs are the forms of the verbs of speech that take a
// listener (speech_verbs.tsv flag object: "tell", "told"), read once.
var listenerVerbs = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, v := range people.Default().SpeechVerbs("object") {
		out[strings.ToLower(v.Form)] = true
	}
	return out
})

// maxListenerQuotes bounds the listener's quotes read for the teller's
// words (toldListener).
const maxListenerQuotes = 40

// toldBy reports words that say someone called noun, and brought in as
// someone new ("a pilot", "one of the Aldorian pilots"), told the
// speaker something: the noun, then a verb taking a listener and "me" or
// "us" ("came on the radio and told me, '…'"). "Colonel Hrytsenko told
// me" is the colonel the articles name, whose words are his own.
func toldBy(text, noun string) bool {
	ws := tokens(text)
	for i, w := range ws {
		if w != noun && w != noun+"s" && w != noun+"es" || !someoneNew(ws[max(0, i-maxTellerMods-1):i]) {
			continue
		}
		for j := i + 1; j+1 < len(ws) && j <= i+maxTellerGap; j++ {
			if listenerVerbs()[ws[j]] && people.Default().ToldMe(ws[j+1]) {
				return true
			}
		}
	}
	return false
}

// someoneNew reports words before a title noun that bring in someone
// the text has not named: an indefinite article ("a", "an", "one") among
// them, as in "an Aldorian pilot" and "one of the pilots".
func someoneNew(before []string) bool {
	lx := people.Default()
	return slices.ContainsFunc(before, lx.IsIndefinite)
}

// maxTellerMods is how many words may stand between the article bringing
// in the teller and their title ("one of the Aldorian pilots").
const maxTellerMods = 3

// maxTellerGap is how many words may stand between the teller's title
// and the verb telling the speaker ("the pilots came on the radio and
// told me").
const maxTellerGap = 8

// lastToken is the last word of s, folded.
func lastToken(s string) string {
	t := tokens(s)
	if len(t) == 0 {
		return ""
	}
	return t[len(t)-1]
}
