package bot_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
	"github.com/talksbot/talksbot/corpus"
	"github.com/talksbot/talksbot/index"
)

// A member's follow-up ("and what did he say about …") is read against
// their own last answer in that channel, by /ask or by a mention alike:
// it answers as the question naming the person does, and the footer says
// whom it followed up on, so a page press asks the same. Another member,
// or the same member elsewhere, starts afresh.
func TestE2EFollowUpQuestions(t *testing.T) {
	t.Parallel()
	srv, ctx, want := askedAboutPeskov(t)
	if !strings.Contains(want, "Peskov") {
		t.Fatalf("the explicit question is not about Peskov:\n%s", want)
	}
	const followUp = "and what did he say about the security guarantees"

	// bob has asked nothing: the pronoun is no one.
	bob := &discordgo.User{ID: discordtest.OtherUserID, Username: "bob"}
	in := ask(followUp)
	in.User = bob
	r, err := srv.Interact(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if answerBody(r.Message) == want {
		t.Errorf("bob's follow-up with nothing before it answered as about Peskov")
	}

	// alice asked about Peskov (the explicit question above).
	r, err = srv.Interact(ctx, ask(followUp))
	if err != nil {
		t.Fatal(err)
	}
	checkNoPings(t, r.Message)
	if got := answerBody(r.Message); got != want {
		t.Errorf("/ask follow-up answered differently from the explicit question:\n%s\nwant:\n%s", got, want)
	}
	if f := r.Message.Embeds[len(r.Message.Embeds)-1].Footer; f == nil || !strings.Contains(f.Text, "following up on: Dmitry Peskov") {
		t.Errorf("footer %+v does not say whom the follow-up was about", f)
	}

	// The same member mentioning the bot in the same channel.
	m, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " " + followUp})
	if err != nil {
		t.Fatal(err)
	}
	if got := answerBody(m); got != want {
		t.Errorf("mention follow-up answered differently from the explicit question:\n%s\nwant:\n%s", got, want)
	}

	// The same member in another channel.
	in = ask(followUp)
	in.ChannelID = "1200000000000000099"
	r, err = srv.Interact(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if answerBody(r.Message) == want {
		t.Errorf("a follow-up in another channel was read against this one's answer")
	}
}

// After a question about someone the articles do not let the bot tell
// (a name they never give), a member's "he" is that someone: never the
// person an answer before it was about, whose words would be put in the
// wrong mouth.
func TestE2EFollowUpAfterSomeoneUnknown(t *testing.T) {
	t.Parallel()
	srv, ctx, peskov := askedAboutPeskov(t)
	const followUp = "and what did he say about the security guarantees"
	r, err := srv.Interact(ctx, ask(followUp))
	if err != nil {
		t.Fatal(err)
	}
	if answerBody(r.Message) != peskov {
		t.Fatalf("the follow-up right after the Peskov answer is not about him:\n%s", answerBody(r.Message))
	}
	if _, err := srv.Interact(ctx, ask("what did Jacinda Ardern say")); err != nil {
		t.Fatal(err)
	}
	r, err = srv.Interact(ctx, ask(followUp))
	if err != nil {
		t.Fatal(err)
	}
	if got := answerBody(r.Message); got == peskov || strings.Contains(got, "following up on") {
		t.Errorf("after a question about someone unknown, the follow-up was read as about Peskov:\n%s", got)
	}
	if f := r.Message.Embeds[len(r.Message.Embeds)-1].Footer; f != nil && strings.Contains(f.Text, "following up on") {
		t.Errorf("footer %q says the follow-up was about someone", f.Text)
	}
}

// askedAboutPeskov starts a bot on a test server and asks it, as the
// test member, what Peskov said about the security guarantees: the
// server, the context and the answer's body.
func askedAboutPeskov(t *testing.T) (*discordtest.Server, context.Context, string) {
	t.Helper()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	explicit, err := srv.Interact(ctx, ask("what did Peskov say about the security guarantees"))
	if err != nil {
		t.Fatal(err)
	}
	return srv, ctx, answerBody(explicit.Message)
}

// A question naming two people a pronoun may mean ("prof zielinska on
// hrytsenko", two women) is remembered with both: the member's "she"
// next is the one whose words are on what they ask ("what did she tell
// the qatari envoy"), as the footer then says, never simply the one the
// last answer was about.
func TestE2EFollowUpOfTwoNamed(t *testing.T) {
	t.Parallel()
	c, err := corpus.LoadFS(fstest.MapFS{"profile.txt": {Data: []byte(`The woman who reopened the pipes

Oksana Hrytsenko, 52, is Ukraine's first deputy energy minister and its negotiator at the gas transit talks.

Professor Marta Zielińska of the Centre for Energy Transit Studies in Vienna is blunter about the outcome: "She won the metering and lost the money."

The breakthrough came from Sheikh Khalid Al-Mannai, Qatar's envoy, who met her in a hotel lobby in Istanbul. Hrytsenko told the envoy: "I am not asking Moscow to say sorry. I am asking them to pay for a compressor."
`)}}, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eng, err := index.Build(context.Background(), index.BuildOptions{Corpus: c})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{Engine: eng})
	ctx := testCtx(t)
	if _, err := srv.Interact(ctx, ask("prof zielinska on hrytsenko")); err != nil {
		t.Fatal(err)
	}
	r, err := srv.Interact(ctx, ask("what did she tell the qatari envoy in istanbul"))
	if err != nil {
		t.Fatal(err)
	}
	if got := answerBody(r.Message); !strings.Contains(got, "pay for a compressor") || strings.Contains(got, "won the metering") {
		t.Errorf("the follow-up's \"she\" was not the one whose words are on it:\n%s", got)
	}
	if f := r.Message.Embeds[len(r.Message.Embeds)-1].Footer; f == nil || !strings.Contains(f.Text, "following up on: Oksana Hrytsenko") {
		t.Errorf("footer %+v does not name Hrytsenko", f)
	}
}
