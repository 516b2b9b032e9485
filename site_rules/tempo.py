"""Tempo (tempo.co and its subdomains)."""

from newsclean.rules import Credit, Outlet, Rule, Signature

OUTLET = Outlet(
    id="tempo",
    name="Tempo",
    domains=("tempo.co", "tempo.id"),
    text_eras=("2018-2023", "2024-2026"),
    signatures=(
        Signature(r"TEMPO\.CO\s*,"),
        Signature(r"Tempo\.co"),
        Signature(r"Tempo\+"),
        Signature(r"Baca berita dengan sedikit iklan", weight=2),
    ),
    credits=(
        # "TEMPO.CO, Jakarta - ", "TEMPO.CO, WASHINGTON DC -- "; city as written
        Credit("tempo_credit", r"TEMPO\.CO\s*,\s*(?P<city>[^-–—\n]{1,40}?)\s*[-–—]{1,2}\s*"),
        Credit("tempo_credit_nocity", r"TEMPO\.CO\s*[-–—]{1,2}\s*"),
    ),
    title_suffix=r"\s*[-|]\s*(?:[\w ]{1,30}\s)?(?:Tempo\.co|TEMPO\.CO|tempo\.co)(?:\s+English)?$",
    rules=(
        # Tempo+ paywall and benefit bullets (2024-2026)
        Rule("tempo_plus_benefit", "promo", r"-?\s*(?:Akses (?:edisi mingguan|penuh seluruh artikel|"
             r"Koran Tempo|tanpa iklan).{0,80}|Anda Mendukung Independensi Jurnalisme Tempo|Berlangganan Tempo\+.{0,120}"
             r"|Berlangganan untuk lanjutkan membaca\.?|Sudah berlangganan\?.{0,40}|Masuk untuk membaca.{0,60})"),
        Rule("tempo_image_label", "caption", r"Image of Tempo|Ringkasan Berita"),
        # print-edition credit printed after the story
        Rule("tempo_print_credit", "other", r".{0,200}berkontribusi dalam penulisan artikel ini\..{0,300}", max_len=600,
             contains=("berkontribusi",)),
        Rule("tempo_print_edition", "other", r"Di edisi cetak, artikel ini terbit di bawah judul.{0,300}"),
        Rule("tempo_footer", "navigation", r"(?:©|Copyright ©)\s*\d{4}.{0,80}Tempo.{0,80}|Tempo Media Group.{0,80}"),
    ),
)
