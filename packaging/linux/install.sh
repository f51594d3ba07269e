#!/bin/sh
# Install Organiser for this user only (no administrator rights needed):
#   the app      -> ~/.local/share/organiser-app/
#   menu entry   -> ~/.local/share/applications/organiser.desktop
#   icon         -> ~/.local/share/icons/hicolor/<size>/apps/organiser.png
#   command      -> ~/.local/bin/organiser
# Installing again (a newer version) replaces the app; your data is never touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$data_home/organiser-app
bin_dir=$HOME/.local/bin
desktop_dir=$data_home/applications
icon_root=$data_home/icons/hicolor

if [ ! -x "$here/app/organiser" ]; then
    echo "install.sh: $here/app/organiser is missing; unpack the whole archive and run install.sh from it." >&2
    exit 1
fi

echo "Installing Organiser into $app_dir ..."
mkdir -p "$data_home"
rm -rf "$app_dir.new" "$app_dir.old"
cp -R "$here/app" "$app_dir.new"
cp "$here/uninstall.sh" "$app_dir.new/uninstall.sh"
chmod 755 "$app_dir.new/uninstall.sh" "$app_dir.new/organiser"
if [ -d "$app_dir" ]; then
    mv "$app_dir" "$app_dir.old"
fi
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"

# Icons, one per size the archive carries.
for png in "$here"/icons/organiser-*.png; do
    size=$(basename "$png" .png)
    size=${size#organiser-}
    mkdir -p "$icon_root/${size}x${size}/apps"
    cp "$png" "$icon_root/${size}x${size}/apps/organiser.png"
done
touch "$icon_root" 2>/dev/null || true
if [ -f "$icon_root/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$icon_root" >/dev/null 2>&1 || true
fi

# Menu entry: the desktop file with the absolute path of this installation.
exe=$app_dir/organiser
# Desktop Entry escaping: inside the quoted Exec argument \ " ` $ take a backslash, and every
# backslash of a value is doubled once more.
exec_value=$(printf '%s' "$exe" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
tryexec_value=$(printf '%s' "$exe" | sed -e 's/\\/\\\\/g')
mkdir -p "$desktop_dir"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_value" ;;
        TryExec=*) printf 'TryExec=%s\n' "$tryexec_value" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/organiser.desktop" > "$desktop_dir/organiser.desktop.tmp"
chmod 644 "$desktop_dir/organiser.desktop.tmp"
mv "$desktop_dir/organiser.desktop.tmp" "$desktop_dir/organiser.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$desktop_dir" >/dev/null 2>&1 || true
fi

# The command for a terminal, unless something else already owns the name.
mkdir -p "$bin_dir"
if [ -e "$bin_dir/organiser" ] && [ ! -L "$bin_dir/organiser" ]; then
    echo "Note: $bin_dir/organiser already exists and is not ours; left as it is."
else
    ln -sfn "$exe" "$bin_dir/organiser"
fi

version=$("$exe" --version 2>/dev/null || echo "organiser")
echo "Done: $version is installed."
echo "Start it from the menu (Office > Organiser) or with: $bin_dir/organiser"
echo "Your data is kept in ${ORGANISER_DATA_DIR:-$data_home/Organiser} (uninstalling keeps it)."
echo "To uninstall: $app_dir/uninstall.sh"
