package bot_test

import (
	"strings"
	"testing"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

func TestE2EMentionRateLimitIsPrivate(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	logs := newLogRecorder()
	startBot(t, srv, bot.Options{Log: logs.logger(), QuestionsPerMinute: 1})
	ctx := testCtx(t)
	if _, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " NATO"}); err != nil {
		t.Fatal(err)
	}
	inChannel := len(srv.ChannelMessages(discordtest.ChannelID))
	limited := msg("interaction", "command", "mention", "outcome", "rate_limited")

	t.Run("by DM", func(t *testing.T) {
		m, err := srv.PostMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " NATO again"})
		if err != nil {
			t.Fatal(err)
		}
		logs.wait(ctx, t, "rate limited", limited)
		dms := srv.DMs(discordtest.UserID)
		if len(dms) != 1 || !strings.Contains(dms[0].Content, "try again <t:") {
			t.Fatalf("DMs: %v", dms)
		}
		if c := dms[0].Content; strings.Contains(c, "seconds") {
			t.Errorf("the notice says the time twice: %q", c)
		}
		checkNoPings(t, dms[0])
		if n := len(srv.ChannelMessages(discordtest.ChannelID)); n != inChannel {
			t.Errorf("%d messages posted in the channel", n-inChannel)
		}
		if r := srv.Reactions(m.ID); len(r) != 0 {
			t.Errorf("reacted %v as well", r)
		}
	})
	t.Run("by a reaction when DMs are closed", func(t *testing.T) {
		srv.CloseDMs(discordtest.UserID)
		m, err := srv.PostMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " NATO once more"})
		if err != nil {
			t.Fatal(err)
		}
		logs.waitCount(ctx, t, "a second rate-limited mention", limited, 2)
		if r := srv.Reactions(m.ID); len(r) != 1 || r[0] != "⏳" {
			t.Errorf("reactions %v, want ⏳", r)
		}
		if n := len(srv.ChannelMessages(discordtest.ChannelID)); n != inChannel {
			t.Errorf("%d messages posted in the channel", n-inChannel)
		}
	})
}

func TestE2EReplyToADeletedQuestion(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	m, err := srv.SendMessage(testCtx(t), discordtest.UserMessage{Content: srv.BotMention() + " who is Claudia Major?", Deleted: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(embedText(m), "German Marshall Fund") {
		t.Errorf("answer:\n%s", embedText(m))
	}
	if !strings.Contains(string(m.Sent), `"fail_if_not_exists":false`) {
		t.Errorf("reply sent without fail_if_not_exists false: %s", m.Sent)
	}
}
