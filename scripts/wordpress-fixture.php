<?php
// Builds a small WordPress site with WordPress's own functions and exports it with export_wp(),
// for test/fixtures/wordpress/export.xml. Run by scripts/wordpress-fixture.sh, not by npm test.
// Usage: php scripts/wordpress-fixture.php OUT.xml
$_SERVER['HTTP_HOST'] = 'remedex-fixture';
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/export.php';

wp_install('Hedgerow Remedies', 'editor', 'editor@example.org', true, '', wp_generate_password());
// The install's own sample post, page and privacy page are not part of the fixture.
foreach (get_posts(['post_type' => ['post', 'page'], 'post_status' => 'any', 'numberposts' => -1]) as $p)
  wp_delete_post($p->ID, true);
$nausea = wp_insert_term('Nausea', 'category');
$sleep = wp_insert_term('Sleep Problems', 'category');

function post($title, $slug, $html, $date, $category) {
  return wp_insert_post([
    'post_title' => $title,
    'post_name' => $slug,
    'post_content' => $html,
    'post_status' => 'publish',
    'post_type' => 'post',
    'post_date' => $date,
    'post_date_gmt' => $date,
    'post_category' => [$category],
    'tags_input' => ['hedgerow'],
  ]);
}
function comment($post, $author, $email, $text, $date, $approved, $parent = 0, $rating = null, $type = 'comment') {
  $id = wp_insert_comment([
    'comment_post_ID' => $post,
    'comment_author' => $author,
    'comment_author_email' => $email,
    'comment_content' => $text,
    'comment_date' => $date,
    'comment_date_gmt' => $date,
    'comment_approved' => $approved,
    'comment_parent' => $parent,
    'comment_type' => $type,
  ]);
  if ($rating !== null) add_comment_meta($id, 'rating', $rating);
  return $id;
}

$mint = post('Peppermint Tea', 'peppermint-tea',
  "<p>Peppermint leaves steeped in hot water are an old standby for an uneasy stomach.</p>\n<ul><li>One bag or a teaspoon of dried leaf</li><li>Steep five minutes</li></ul>",
  '2016-04-02 10:00:00', $nausea['term_id']);
$a = comment($mint, 'Agnes', 'agnes@example.org', 'Two cups on the coach trip and I kept my breakfast down.', '2016-05-01 09:00:00', 1, 0, 5);
$b = comment($mint, 'Bertil', 'bertil@example.org', 'Was it loose leaf or bags?', '2016-05-02 09:00:00', 1, $a);
comment($mint, 'Agnes', 'agnes@example.org', 'Bags, the supermarket kind & nothing fancy.', '2016-05-03 09:00:00', 1, $b);
comment($mint, 'Cora', 'cora@example.org', 'It did not touch my morning sickness at all.', '2016-06-01 09:00:00', 0, 0, 2);
comment($mint, 'Pill Shop', 'shop@example.com', 'Cheap pills here!', '2016-06-02 09:00:00', 'spam');
comment($mint, 'Old Note', 'old@example.org', 'A note removed later.', '2016-06-03 09:00:00', 'trash');
comment($mint, 'Some Blog', '', 'Linked from a round-up of teas.', '2016-06-04 09:00:00', 1, 0, null, 'pingback');

$balm = post('Lemon Balm', 'lemon-balm',
  '<p>Lemon balm is a garden herb of the mint family, drunk as a calming evening tea.</p>',
  '2017-01-15 10:00:00', $sleep['term_id']);
comment($balm, 'Dafydd', 'dafydd@example.org', 'A mug an hour before bed and I fall asleep faster, most nights.', '2017-02-01 21:00:00', 1, 0, 4);
comment($balm, 'Agnes', 'agnes@example.org', 'No stars from me, but it is pleasant to drink.', '2017-02-05 21:00:00', 1);

ob_start();
export_wp(['content' => 'all']);
file_put_contents($argv[1], ob_get_clean());
fwrite(STDERR, "wrote {$argv[1]}\n");
