#!/usr/bin/env bash
# Builds test/fixtures/wordpress/export.xml with a real WordPress: installs Debian's wordpress and
# PHP when missing, makes a throwaway site in MariaDB (root, no password, on this machine) with
# WordPress's own functions, and exports it with export_wp(). Run by hand, not by npm test; the
# tests read the committed file.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f /usr/share/wordpress/wp-load.php ] || ! command -v php > /dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends wordpress php-cli php-mysql
fi
DB=remedex_wp_fixture
mariadb -uroot -e "drop database if exists $DB; create database $DB character set utf8mb4"
cat > /etc/wordpress/config-remedex-fixture.php <<PHP
<?php
define('DB_NAME', '$DB');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost');
define('WP_HOME', 'http://remedex-fixture');
define('WP_SITEURL', 'http://remedex-fixture');
\$table_prefix = 'wp_';
PHP
php scripts/wordpress-fixture.php test/fixtures/wordpress/export.xml
mariadb -uroot -e "drop database $DB"
rm /etc/wordpress/config-remedex-fixture.php
