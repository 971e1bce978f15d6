# dmgbuild settings for MEMSHADOW's disk image (scripts/build_macos.sh):
#   dmgbuild -s installers/macos/dmg_settings.py -D app=dist/MEMSHADOW.app \
#     MEMSHADOW dist/MEMSHADOW.dmg
# dmgbuild runs this file with `defines` (the -D values) in its namespace.
import os.path

application = defines.get("app", "dist/MEMSHADOW.app")  # noqa: F821 (given by dmgbuild)
appname = os.path.basename(application)

format = "UDZO"
compression_level = 9
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 160), "Applications": (400, 160)}
window_rect = ((200, 200), (540, 360))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 96
text_size = 13
