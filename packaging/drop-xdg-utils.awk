# A deb control file with xdg-utils removed from its Depends line (see deb-depends.sh).
/^Depends:/ {
    n = split(substr($0, 9), parts, ",")
    out = ""
    for (i = 1; i <= n; i++) {
        p = parts[i]
        gsub(/^[ \t]+|[ \t]+$/, "", p)
        if (p != "" && p !~ /^xdg-utils([ \t(].*)?$/) {
            out = out (out == "" ? "" : ", ") p
        }
    }
    print "Depends: " out
    next
}
{ print }
