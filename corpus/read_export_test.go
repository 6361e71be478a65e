package corpus

import (
	"strings"
	"testing"
)

// threadExport is a social thread saved by an export tool: the account
// in the header, the export's own fields, then the posts, each under
// its number and time, with its counts and a rule after it.
const threadExport = `SKEIN THREAD EXPORT
Account: Anselm Brodec (@GovBrodec) - Governor of the Marrow Region | Verified
Thread started: Tue 15 Mar 2078, 13:02 (Halden time)
Posts in thread: 3
Export generated: 15 Mar 2078, 22:47 by SkeinSave 3.1
========================================

1/3 | Tue 15 Mar 2078, 13:02
Monday, 14 March: 61 buses, 3,400 people. These are not estimates. My staff counted every passenger onto every bus.
Replies 402 | Reposts 3.3K | Likes 11K

----------------------------------------

2/3 | Tue 15 Mar 2078, 13:04
Colonel Arvid Stelmak says "fewer than a thousand" wanted to leave. Both of our counts are honest; his is not.
Replies 96 | Reposts 2.8K | Likes 19K

----------------------------------------

3/3 | Tue 15 Mar 2078, 13:06
We are ready to run buses again the minute a new window is agreed.
Replies 88 | Reposts 2.7K | Likes 7.9K

End of thread. 3 of 3 posts exported. Media attachments not included.
`

// An export of one account's posts is theirs: the header names its
// author, every post is their words (a quotation of someone else in a
// post stays that person's), and the export's own fields and closing
// note are no passage.
func TestThreadExportIsItsAccountsWords(t *testing.T) {
	d, texts := loadOne(t, "thread.txt", threadExport)
	if d.Author != "Anselm Brodec" {
		t.Errorf("author %q, want Anselm Brodec", d.Author)
	}
	if d.Title != "SKEIN THREAD EXPORT" {
		t.Errorf("title %q, want the export's name", d.Title)
	}
	for _, tx := range texts {
		for _, furniture := range []string{"Posts in thread", "Export generated", "End of thread", "Account:"} {
			if strings.Contains(tx, furniture) {
				t.Errorf("the export's own line %q kept as a passage: %q", furniture, tx)
			}
		}
	}
	wantSpeaker(t, d, "Monday, 14 March: 61 buses", "Anselm Brodec")
	wantSpeaker(t, d, "We are ready to run buses", "Anselm Brodec")
	wantSpeaker(t, d, "fewer than a thousand", "Arvid Stelmak")
}

// An article whose header has no account line keeps its paragraphs as
// they were: no one's words for having a byline.
func TestHeaderWithoutAccountPostsNothing(t *testing.T) {
	d, _ := loadOne(t, "wire.txt", "Title: Corridor collapses\nAuthor: Hana Dobrec\nDate: 2078-03-15\n\nThe corridor collapsed on its second day. Buses turned back.\n\nThe relief agency counted 2,950 people.\n")
	if len(d.Quotes) != 0 {
		t.Errorf("a wire story's paragraphs read as quotations: %+v", d.Quotes)
	}
}
