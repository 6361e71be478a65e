package bot_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

// commandName is Discord's rule for command and option names, localized
// or not: 1–32 letters, digits, - or _, lower case where a letter has one.
var commandName = regexp.MustCompile(`^[-_\p{L}\p{N}]{1,32}$`)

// TestE2ELocalizedCommands reads the commands as registered: every
// command, subcommand and option has a Ukrainian and a German name and
// description that Discord accepts, and option names stay unique per
// language.
func TestE2ELocalizedCommands(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	type option struct {
		Name                     string            `json:"name"`
		Description              string            `json:"description"`
		NameLocalizations        map[string]string `json:"name_localizations"`
		DescriptionLocalizations map[string]string `json:"description_localizations"`
		Options                  []option          `json:"options"`
	}
	var cmds []option
	if err := json.Unmarshal(srv.CommandsJSON(discordtest.GuildID), &cmds); err != nil {
		t.Fatal(err)
	}
	if len(cmds) < 6 {
		t.Fatalf("%d commands registered", len(cmds))
	}
	var check func(path string, o option, siblings map[string]map[string]bool)
	check = func(path string, o option, siblings map[string]map[string]bool) {
		for _, loc := range []string{"uk", "de"} {
			name, desc := o.NameLocalizations[loc], o.DescriptionLocalizations[loc]
			if !commandName.MatchString(name) || strings.ToLower(name) != name {
				t.Errorf("%s: %s name %q is not a valid command name", path, loc, name)
			}
			if n := utf8.RuneCountInString(desc); n < 1 || n > 100 {
				t.Errorf("%s: %s description %q is %d long", path, loc, desc, n)
			}
			if desc == o.Description {
				t.Errorf("%s: %s description is the English one", path, loc)
			}
			if siblings[loc][name] {
				t.Errorf("%s: %s name %q used twice", path, loc, name)
			}
			siblings[loc][name] = true
		}
		kids := map[string]map[string]bool{"uk": {}, "de": {}}
		for _, k := range o.Options {
			check(path+" "+k.Name, k, kids)
		}
	}
	top := map[string]map[string]bool{"uk": {}, "de": {}}
	for _, c := range cmds {
		check("/"+c.Name, c, top)
	}
}

// TestE2EUkrainianAndGerman asks as members whose Discord is in
// Ukrainian or German: the bot's own words follow their locale, the
// articles' text does not change, and paging and topic menus work in
// their language.
func TestE2EUkrainianAndGerman(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{})
	ctx := testCtx(t)

	t.Run("uk answer, paging and article text", func(t *testing.T) {
		in := ask("security guarantees")
		in.Locale = discordgo.Ukrainian
		r, err := srv.Interact(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		e := r.Message.Embeds[0]
		if !strings.HasPrefix(e.Description, "Зі статей:") || !strings.Contains(e.Description, "security guarantees") {
			t.Errorf("description:\n%s", e.Description)
		}
		if len(e.Fields) == 0 || e.Fields[0].Name != "Джерела" || !strings.Contains(e.Fields[0].Value, "груд. 2025") {
			t.Errorf("sources: %+v", e.Fields)
		}
		if !strings.HasPrefix(e.Footer.Text, "Сторінка 1 з ") {
			t.Errorf("footer %q", e.Footer.Text)
		}
		bs := r.Message.Buttons()
		if len(bs) != 2 || bs[0].Label != "‹ Назад" || bs[1].Label != "Далі ›" {
			t.Fatalf("buttons %+v", bs)
		}
		next, err := srv.PressButton(ctx, r.Message, bs[1].CustomID, discordtest.Interaction{Locale: discordgo.Ukrainian})
		if err != nil {
			t.Fatal(err)
		}
		if f := next.Message.Embeds[0].Footer.Text; !strings.HasPrefix(f, "Сторінка 2 з ") || !strings.HasSuffix(f, "запитання: security guarantees") {
			t.Errorf("page 2 footer %q", f)
		}
	})
	t.Run("de no-answer with the topic menu", func(t *testing.T) {
		in := ask("who won the world cup")
		in.Locale = discordgo.German
		r, err := srv.Interact(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if d := r.Message.Embeds[0].Description; !strings.HasPrefix(d, "Darüber berichten die Artikel nicht. Sie behandeln: Security guarantees") {
			t.Errorf("description %q", d)
		}
		menus := r.Message.SelectMenus()
		if len(menus) != 1 || menus[0].Placeholder != "Wähl ein Thema der Artikel" || !strings.HasSuffix(menus[0].Options[0].Description, "Textstellen") {
			t.Fatalf("menus %+v", menus)
		}
		picked, err := srv.Choose(ctx, r.Message, menus[0].CustomID, []string{"Donbas and territory"}, discordtest.Interaction{Locale: discordgo.German})
		if err != nil {
			t.Fatal(err)
		}
		if e := picked.Message.Embeds[0]; e.Title != "Donbas and territory" || !strings.HasSuffix(e.Footer.Text, "Thema: Donbas and territory") {
			t.Errorf("topic answer: %q, footer %q", e.Title, e.Footer.Text)
		}
	})
	t.Run("help, errors and plurals", func(t *testing.T) {
		for _, tt := range []struct {
			in   discordtest.Interaction
			want []string
		}{
			{discordtest.Interaction{Name: "help", Locale: discordgo.Ukrainian}, []string{"talksbot — відповіді зі статей", "`/запитати питання:`"}},
			{discordtest.Interaction{Name: "help", Locale: discordgo.German}, []string{"Antworten aus den Artikeln", "`/fragen frage:`"}},
			{discordtest.Interaction{Name: "sources", Locale: discordgo.Ukrainian}, []string{"2 статті", "12 уривків, 3 цитати", "19 цитат"}},
			{discordtest.Interaction{Name: "topics", Locale: discordgo.German}, []string{"Themen der Artikel", "1 Textstelle)", "5 Textstellen)"}},
			{discordtest.Interaction{Name: "ask", Locale: discordgo.Ukrainian, Options: []discordtest.Option{{Name: "question", Value: "??"}}},
				[]string{"Будь ласка, поставте запитання"}},
			{discordtest.Interaction{Name: "ask", Locale: discordgo.PortugueseBR, Options: []discordtest.Option{{Name: "question", Value: "??"}}},
				[]string{"Please ask a question"}},
		} {
			r, err := srv.Interact(ctx, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			text := r.Message.Content + embedText(r.Message)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("/%s in %s lacks %q:\n%s", tt.in.Name, tt.in.Locale, w, text)
				}
			}
		}
	})
}

// TestE2EMentionsFitAPhone: a mention and a DM get the same phone-sized
// first page as /ask.
func TestE2EMentionsFitAPhone(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	startBot(t, srv, bot.Options{MaxPassages: 5})
	ctx := testCtx(t)
	for _, msg := range []discordtest.UserMessage{
		{Content: srv.BotMention() + " security guarantees"},
		{Content: "what did Merz say", DM: true},
	} {
		m, err := srv.SendMessage(ctx, msg)
		if err != nil {
			t.Fatal(err)
		}
		e := m.Embeds[0]
		n := utf8.RuneCountInString(e.Title + e.Description + e.Footer.Text)
		for _, f := range e.Fields {
			n += utf8.RuneCountInString(f.Name + f.Value)
		}
		if n > 1200 {
			t.Errorf("%q: first page holds %d characters, more than 1,200", msg.Content, n)
		}
		blocks := 0
		for _, p := range strings.Split(e.Description, "\n\n") {
			if regexp.MustCompile(`\[\d+\]$`).MatchString(p) {
				blocks++
			}
		}
		if blocks == 0 || blocks > 3 {
			t.Errorf("%q: %d passages on the first page", msg.Content, blocks)
		}
	}
}
