#!/bin/sh
# Remove Organiser for this user: the app, its menu entry, icons and command.
# Your data folder (~/.local/share/Organiser, with the database and its backups) is KEPT.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$data_home/organiser-app
bin_dir=$HOME/.local/bin
desktop_dir=$data_home/applications
icon_root=$data_home/icons/hicolor

rm -f "$desktop_dir/organiser.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$desktop_dir" >/dev/null 2>&1 || true
fi
for icon in "$icon_root"/*/apps/organiser.png; do
    [ -f "$icon" ] && rm -f "$icon"
done
touch "$icon_root" 2>/dev/null || true
if [ -f "$icon_root/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icon_root" >/dev/null 2>&1 || true
fi
# The command only if it is our link.
if [ -L "$bin_dir/organiser" ]; then
    case "$(readlink "$bin_dir/organiser")" in
        "$app_dir"/*) rm -f "$bin_dir/organiser" ;;
    esac
fi
rm -rf "$app_dir"

echo "Organiser is uninstalled."
echo "Your data is still in ${ORGANISER_DATA_DIR:-$data_home/Organiser}; delete that folder yourself if you no longer need it."
