package bot_test

import (
	"strings"
	"testing"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

// answerBody is what a reply says, without its title (which repeats the
// question as asked).
func answerBody(m *discordtest.Message) string {
	var sb strings.Builder
	for _, e := range m.Embeds {
		sb.WriteString(e.Description + "\n")
		for _, f := range e.Fields {
			sb.WriteString(f.Name + "\n" + f.Value + "\n")
		}
	}
	return sb.String()
}

// A question typed with Discord's syntax around it — mentions of users,
// roles and channels, custom emoji, @everyone, Markdown, a link — is
// answered exactly as the plain question is, whether asked with /ask, by
// mentioning the bot or in a DM.
func TestE2EDiscordSyntaxInQuestions(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)
	tests := []struct{ plain, decorated string }{
		{"what did Trump say", "@everyone what did Trump say <@&1300000000000000001>"},
		{"what did Peskov say", "<@123456789012345678> what did **Peskov** say <:ukraine:112233445566778899>"},
		{"where were the talks held", "<#555555555555555555> where were the _talks_ held? https://example.com/x"},
		{"who is Claudia Major", "> who is `Claudia Major` @here"},
	}
	for _, tt := range tests {
		t.Run(tt.plain, func(t *testing.T) {
			want, err := srv.Interact(ctx, ask(tt.plain))
			if err != nil {
				t.Fatal(err)
			}
			wantBody := answerBody(want.Message)
			if strings.Contains(wantBody, "don't cover") {
				t.Fatalf("the plain question %q is not answered:\n%s", tt.plain, wantBody)
			}
			got, err := srv.Interact(ctx, ask(tt.decorated))
			if err != nil {
				t.Fatal(err)
			}
			checkNoPings(t, got.Message)
			if b := answerBody(got.Message); b != wantBody {
				t.Errorf("/ask %q answered differently from %q:\n%s\nwant:\n%s", tt.decorated, tt.plain, b, wantBody)
			}
			for _, msg := range []discordtest.UserMessage{
				{Content: srv.BotMention() + " " + tt.decorated},
				{Content: tt.decorated, DM: true},
			} {
				m, err := srv.SendMessage(ctx, msg)
				if err != nil {
					t.Fatal(err)
				}
				checkNoPings(t, m)
				if b := answerBody(m); b != wantBody {
					t.Errorf("message %q (DM %v) answered differently from /ask %q:\n%s\nwant:\n%s", msg.Content, msg.DM, tt.plain, b, wantBody)
				}
			}
		})
	}
}
