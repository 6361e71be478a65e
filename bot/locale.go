package bot

import (
	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/internal/i18n"
)

// discordLocales are the Discord locales the catalogue's languages are
// registered under (English is the commands' default).
var discordLocales = map[i18n.Lang]discordgo.Locale{
	i18n.Ukrainian: discordgo.Ukrainian,
	i18n.German:    discordgo.German,
}

// localized gives a command definition its words from the catalogue: the
// English description (and those of its options and subcommands), and
// Ukrainian and German names and descriptions, under the keys
// cmd.NAME.description and cmd.NAME.name, cmd.NAME.OPTION.description and
// so on down the options. A command or option the catalogue does not
// know keeps what it has. Discord always sends the English names back,
// so handlers never see the translations.
func localized(def *discordgo.ApplicationCommand) *discordgo.ApplicationCommand {
	key := "cmd." + def.Name
	if d, ok := text(key + ".description"); ok {
		def.Description = d
		m := translations(key + ".description")
		def.DescriptionLocalizations = &m
	}
	if i18n.Has(key + ".name") {
		m := translations(key + ".name")
		def.NameLocalizations = &m
	}
	localizeOptions(def.Options, key)
	return def
}

func localizeOptions(opts []*discordgo.ApplicationCommandOption, prefix string) {
	for _, o := range opts {
		if o == nil {
			continue
		}
		key := prefix + "." + o.Name
		if d, ok := text(key + ".description"); ok {
			o.Description = d
			o.DescriptionLocalizations = translations(key + ".description")
		}
		if i18n.Has(key + ".name") {
			o.NameLocalizations = translations(key + ".name")
		}
		localizeOptions(o.Options, key)
	}
}

// text is key's English text, if the catalogue has it.
func text(key string) (string, bool) {
	if !i18n.Has(key) {
		return "", false
	}
	return i18n.English.T(key), true
}

// translations are key's texts in the languages other than English, by
// Discord locale.
func translations(key string) map[discordgo.Locale]string {
	m := map[discordgo.Locale]string{}
	for l, loc := range discordLocales {
		m[loc] = l.T(key)
	}
	return m
}
