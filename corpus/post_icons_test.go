package corpus

import (
	"slices"
	"strings"
	"testing"
)

// A messaging channel's export counts each post's views and reactions
// in pictographs ("👁 61.4K 😢 2.3K", "♡ 3,302 ⟲ 1,049 💬 118 · 13:51"):
// no passage, and no words for a question to find.
func TestPostCountsInIcons(t *testing.T) {
	text := `TESK FRONTLINE | OSTRELIA LIVE
Public channel on Beacon - 312,480 subscribers
Exported chat history: 07.10.2078 - 09.10.2078

========================================

Tesk Frontline | Ostrelia Live
07.10.2078 08:47
⚡ BREAKING: the exchange at Tesk planned for this morning is POSTPONED. Our people at the crossing say "a problem with the lists". Families are being asked to stay at the tent by the petrol station on the Tesk road.
👁 61.4K   😢 2.3K  🙏 1.1K  😡 840

Tesk Frontline | Ostrelia Live
07.10.2078 11:15
Forwarded from Ombudsman for Prisoners | Official
Statement by Ombudsman for Prisoners Tomas Brellik: "The exchange has been moved to tomorrow. Two names on the list are wrong and must be corrected. We will not send anyone home under a stranger's name, and we will not leave anyone behind because of a typing error."
👁 88.9K   🙏 4.7K  ❤️ 2.0K  👍 1.2K

Tesk Frontline | Ostrelia Live
07.10.2078 21:40
Forwarded from Kessel Regional News
Deputy ombudsman Hanna Sovik is spending a second night at the families' tent. "Tonight nobody at Tesk sleeps alone. Tomorrow nobody goes home from Tesk alone," she wrote. "Bring warm clothes. The buses will come."
👁 74.2K   ❤️ 6.8K  🙏 3.3K

Tesk Frontline | Ostrelia Live
08.10.2078 10:58
🚌 First bus has crossed at Tesk! A Silver Crescent team went through it seat by seat before it moved. Their head of delegation, Pieter Almquist, is walking along every bus with a clipboard.
♡ 3,302   ⟲ 1,049   💬 118   · 13:51

Tesk Frontline | Ostrelia Live
09.10.2078 12:05
DRAVPRESS is claiming it was "200 for 200". Fine. We counted our own. 212. 💙
👁 77.1K   😂 5.5K  👍 3.9K

========================================
Join Tesk Frontline: beacon.link/teskfrontline | Send us news: @teskfrontline_bot
`
	_, texts := loadOne(t, "channel.txt", text)
	for _, x := range texts {
		if strings.Contains(x, "👁") || strings.Contains(x, "⟲") {
			t.Errorf("a post's counts kept as a passage: %q", x)
		}
	}
	// A post's sentence ends where its full stop is, whatever icons
	// follow it: the last post is text, not a line after the article.
	for _, want := range []string{"Their head of delegation", "We counted our own. 212."} {
		if !slices.ContainsFunc(texts, func(x string) bool { return strings.Contains(x, want) }) {
			t.Errorf("passages %q lack the post holding %q", texts, want)
		}
	}
}
