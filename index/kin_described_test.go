package index

import "testing"

// "the drivers mum" is the mother of the one person the description
// fits, as "radeks mum" is of the one named: the word for them first,
// then which relative; the mayor, who has none the articles name, has no
// mother to answer for.
func TestRelativeOfSomeoneDescribed(t *testing.T) {
	e := engineOfFiles(t, map[string]string{"mine.txt": `Mine hurts farmer near Holnik

HOLNIK, June 12 - Tractor driver Anton Radek, 38, was badly hurt on Thursday when an anti-tank mine exploded under his tractor in a field marked as cleared.

His mother, Zora Radek, has barely left his bedside. "He kept asking about the tractor," she said.

The mayor, Ana Kostic, said the village would pay for the repairs. "We owe the family that much," Kostic said.
`})
	askedAs(t, e, []struct{ q, who string }{
		{"what did the drivers mum say", "Zora Radek"},
		{"what did the tractor drivers mother say", "Zora Radek"},
		{"what did the mayors mum say", ""},
	})
}

// "the boys mum", of a boy the articles call by no such word: the one
// person they call a mother; with two mothers, no one.
func TestRelativeOfSomeoneTheArticlesDoNotCallSo(t *testing.T) {
	one := `Home after two years

PELYN, May 14 - Matvi Sorel was 13 when a bus took him to a camp at Lake Ursk. We spoke to him with his mother, Lidia, at his side.

"I called every number I had," Lidia Sorel said.
`
	askedAs(t, engineOfFiles(t, map[string]string{"home.txt": one}), []struct{ q, who string }{
		{"what did the boys mum say", "Lidia Sorel"},
	})
	two := one + "\nIlko Varn, 10, came home too. His mother, Dana Varn, met the bus. \"He has grown,\" Dana Varn said.\n"
	askedAs(t, engineOfFiles(t, map[string]string{"home.txt": two}), []struct{ q, who string }{
		{"what did the boys mum say", ""},
	})
}
