package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
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
