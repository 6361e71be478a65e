package corpus

import (
	"strings"
	"testing"
)

// forumThread is a saved forum thread: posts side by side, each with the
// poster's profile, a date line, paragraphs and a signature, one quoting
// another.
const forumThread = `<!DOCTYPE html><html><head><title>Kalyna bridge - what is left of the span? - RiverTalk Forums</title></head><body>
<div class="forum-header"><a href="/">RiverTalk Forums</a> · <a href="/search">Search</a> · <a href="/login">Login</a></div>
<h1>Kalyna bridge - what is left of the span?</h1>
<div class="post"><div class="profile"><span class="username">pier_nine</span><br>Senior Member<br>Posts: 1,204</div>
<div class="body"><p class="date">Tue 20 Mar 2074, 21:14</p>
<p>Anyone have real information on the Kalyna bridge? The road office says two spans of the eastern approach are gone and traffic is on the ferry.</p>
<div class="signature">Bridge inspector, 22 yrs.</div></div></div>
<div class="post"><div class="profile"><span class="username">rivet_queen</span><br>Member<br>Posts: 87</div>
<div class="body"><p class="date">Tue 20 Mar 2074, 22:40</p>
<blockquote><cite>pier_nine wrote:</cite><p>The road office says two spans of the eastern approach are gone and traffic is on the ferry.</p></blockquote>
<p>Two spans, yes, and a third is cracked at the bearing. Nobody is allowed on the deck until the inspectors sign it off, which will not be before the end of April.</p></div></div>
<div class="post"><div class="profile"><span class="username">monitor_official</span><br>Verified<br>Posts: 12</div>
<div class="body"><p class="date">Wed 21 Mar 2074, 07:55</p>
<p>Since this thread is being widely read, a short factual note from the monitoring mission. We recovered 31 fragments from the riverbank, including part of a tail boom and one servo.</p>
<p>The mission will not say whose drone it was until the serial plates have been examined with liaison officers from both parties present.</p></div></div>
<div class="footer">Powered by phpBB · Privacy · Terms</div>
</body></html>`

// A forum thread is read post by post: every post's paragraphs are the
// text (not only the post that says the most), and the profiles, date
// lines and a reply's quotation of an earlier post are not.
func TestForumThreadReadPostByPost(t *testing.T) {
	_, texts := loadOne(t, "thread.html", forumThread)
	all := strings.Join(texts, "\n")
	for _, want := range []string{"two spans of the eastern approach are gone", "a third is cracked at the bearing", "We recovered 31 fragments", "serial plates"} {
		if strings.Count(all, want) != 1 {
			t.Errorf("%d passages hold %q; passages:\n%s", strings.Count(all, want), want, all)
		}
	}
	for _, furniture := range []string{"Posts: 1,204", "Tue 20 Mar 2074", "Powered by phpBB"} {
		if strings.Contains(all, furniture) {
			t.Errorf("furniture %q read as text:\n%s", furniture, all)
		}
	}
}

// channelExport is a messaging channel saved as HTML: messages side by
// side, their text in a block of its own (no <p>), a long one set in
// paragraphs by line breaks, and a day's separator between them.
const channelExport = `<!DOCTYPE html><html><head><title>Exported Data</title></head><body>
<div class="page_header">Velmora Live</div>
<div class="history">
<div class="message service"><div class="body details">19 March 2074</div></div>
<div class="message default clearfix"><div class="body"><div class="date details">03:52</div><div class="from_name">Velmora Live</div>
<div class="text">Huge blast to the north of the city a few minutes ago. Harrow and half of Northgate are dark.</div><div class="views">👁 61.3K</div></div></div>
<div class="message default clearfix joined"><div class="body"><div class="date details">18:10</div>
<div class="text">State Secretary Ingrid Solheim Haug: "Forty mobile generators are being flown to Velmora tonight. The talks in Oslo on 3 April will go ahead."</div></div></div>
<div class="message default clearfix"><div class="body"><div class="date details">20:00</div><div class="from_name">Velmora Live</div>
<div class="text">NIGHT SHIFT: three days without the grid<br><br>At two in the morning in the intensive care unit of Velmora Regional Hospital, Dr Elena Marović, the hospital's director, is counting ventilators and the hours of diesel left in the tanks.<br><br>By the third night, Elena has stopped going home. She sleeps on a camp bed in the radiology office and eats whatever the canteen has left at the end of the evening shift.<br><br>Among the nurses on her unit is Lena Dorn, 29, whose older sister is a line engineer stringing the bypass cable from Northgate through the snow.</div></div></div>
</div></body></html>`

// A channel's messages are read one by one, a long one paragraph by
// paragraph, not the longest message alone.
func TestChannelExportReadMessageByMessage(t *testing.T) {
	d, texts := loadOne(t, "channel.html", channelExport)
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Huge blast to the north", "Forty mobile generators", "counting ventilators", "stopped going home", "Among the nurses"} {
		n := 0
		for _, tx := range texts {
			if strings.Contains(tx, want) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d passages hold %q; passages:\n%s", n, want, all)
		}
	}
	for _, tx := range texts {
		if strings.Contains(tx, "counting ventilators") && strings.Contains(tx, "stopped going home") {
			t.Errorf("the long message's paragraphs read as one: %q", tx)
		}
	}
	wantSpeaker(t, d, "Forty mobile generators", "Ingrid Solheim Haug")
}
