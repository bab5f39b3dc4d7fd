/** Links that share a page, built as plain addresses: the page loads no script from these services. */
export interface ShareLinks {
  /** Facebook's share dialog (sharer.php). */
  readonly facebook: string;
  /**
   * Zalo's share page. Zalo documents sharing only through its SDK script, which this site does not
   * load; `sp.zalo.me/share_inline?url=` is the address that SDK opens. Should it stop working, the
   * copy-link button and the address shown beside it still let people paste the link into Zalo.
   */
  readonly zalo: string;
  /** The page's own address, to copy. */
  readonly url: string;
}

/** The share links of a page at `url` (absolute). */
export function shareLinks(url: string): ShareLinks {
  const encoded = encodeURIComponent(url);
  return {
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${encoded}`,
    zalo: `https://sp.zalo.me/share_inline?url=${encoded}`,
    url,
  };
}
