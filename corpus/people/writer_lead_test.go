package people

import "testing"

// A reply printed after a line naming its writer ("Teodor Quill, head of
// the Press Office at Corvanne Post, writes on behalf of the Postmaster
// General:") is the writer's words, paragraph by paragraph, up to the
// next heading; never the one they write for. A line that only reports
// what someone wrote ("Quill writes that …") leads nothing.
func TestReplyAfterALineNamingItsWriter(t *testing.T) {
	got, _ := analyse(paras(
		`## Corvanne Post replies`,
		`Teodor Quill, head of the Press Office at Corvanne Post, writes on behalf of the Postmaster General:`,
		`Your correspondents raise fair questions. Each exchange costs Corvanne Post about 180,000 crowns.`,
		`We would rather be a week late than lose the confidence of either side.`,
		`## A postman remembers`,
		`In 2075 I was sorting mail in the north when the line was cut.`,
	))
	checkQuoteSpeakers(t, got, "Teodor Quill", "Teodor Quill")
	got, _ = analyse(paras(
		`Teodor Quill, head of the Press Office, writes that the exchange costs 180,000 crowns.`,
		`The postal service has not said who pays for the tent.`,
	))
	checkQuoteSpeakers(t, got)
}
