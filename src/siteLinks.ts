/** Outbound links the site chrome shows, with the exact hrefs of the source FAQ. */
export const siteLinks = {
  xips: 'https://github.com/xmtp/XIPs',
  xip54: 'https://community.xmtp.org/t/xip-54-xmtp-network-node-operator-qualification-criteria/868',
  decentralizingXmtp: 'https://xmtp.org/vision/concepts/decentralizing-xmtp',
  xmtpLabs: 'https://xmtplabs.com/',
  xmtpNodeGo: 'https://github.com/xmtp/xmtp-node-go',
  communityForum: 'https://community.xmtp.org/',
} as const;
