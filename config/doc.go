// Package config loads talksbot's configuration with viper: defaults, a
// talksbot.yaml, TALKSBOT_* environment variables and flags, in rising
// priority, into one typed Config. viper stays inside this package.
package config
