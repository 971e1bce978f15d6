# Build MEMSHADOW for Windows: the onedir bundle (build.spec) and the per-user NSIS installer.
#   powershell -ExecutionPolicy Bypass -File scripts\build_windows.ps1
# Needs: Python 3.11+ (64-bit), NSIS 3 (makensis on the PATH or in Program Files), the Visual C++
# runtime (the bundle carries the current vcruntime/msvcp140 from the build machine).
# Signing: set MEMSHADOW_SIGN_CERT (a .pfx) and MEMSHADOW_SIGN_PASSWORD, and signtool from the
# Windows SDK signs both programs and the installer (README: "Building the installers").
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$venv = ".venv-build"
if (-not (Test-Path "$venv\Scripts\python.exe")) { py -3 -m venv $venv }
$py = "$venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
# onnxruntime-directml only: never both it and onnxruntime in one build environment.
& $py -m pip install -q . -r installers\build-requirements.txt
& $py -m pip uninstall -y -q onnxruntime 2>$null
$version = & $py -c "import memshadow_desktop; print(memshadow_desktop.__version__)"

Write-Host "== translations"
Get-ChildItem memshadow_desktop\i18n\memshadow_*.ts | ForEach-Object {
  & "$venv\Scripts\pyside6-lrelease.exe" -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
  if ($LASTEXITCODE) { throw "lrelease failed on $($_.Name)" }
}
Write-Host "== bundled embedding model"
Remove-Item -Recurse -Force build\model -ErrorAction SilentlyContinue
& $py scripts\bundle_model.py build\model
if ($LASTEXITCODE) { throw "bundle_model failed" }

Write-Host "== PyInstaller"
& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller build.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& dist\memshadow-desktop\memshadow.exe --help | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
& dist\memshadow-desktop\memshadow-desktop.exe --self-test --json | Out-File -Encoding utf8 build\self-test.json
if ($LASTEXITCODE) { Get-Content build\self-test.json; throw "the bundle's self-test failed" }
Remove-Item Env:\QT_QPA_PLATFORM

function Sign($file) {
  if (-not $env:MEMSHADOW_SIGN_CERT) { return }
  signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 `
    /f $env:MEMSHADOW_SIGN_CERT /p $env:MEMSHADOW_SIGN_PASSWORD $file
  if ($LASTEXITCODE) { throw "signing $file failed" }
}
Sign dist\memshadow-desktop\memshadow-desktop.exe
Sign dist\memshadow-desktop\memshadow.exe

Write-Host "== NSIS installer"
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$out = (Resolve-Path dist).Path + "\MEMSHADOW-$version-win64.exe"
& $makensis /V2 "/DVERSION=$version" "/DBUNDLE=$((Resolve-Path dist\memshadow-desktop).Path)" `
  "/DOUTFILE=$out" "/DICON=$((Resolve-Path resources\icons\memshadow.ico).Path)" installers\windows\memshadow.nsi
if ($LASTEXITCODE) { throw "makensis failed" }
Sign $out
Write-Host "installer: $out"
