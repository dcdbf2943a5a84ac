/**
 * Customers' phrasings of questions the sample help center answers (content/), each with the page that
 * answers it: plain questions, words the articles don't use (synonyms), typos and FAQ answers. The site's
 * search must bring each page into its top 3 (tests/build/search-relevance.test.ts), and so must the MCP
 * server's search tool (tests/build/mcp-server.test.ts).
 */
/** [what the customer types, the site-relative address of the answer]. */
export const findabilityQueries: [query: string, expected: string][] = [
	// Plain questions and sentences
	['where is my parcel', '/articles/track-your-order/'],
	['how do I get my money back?', '/articles/refund-status/'],
	['how long does a refund take', '/articles/refund-status/'],
	['how long does delivery take', '/articles/delivery-times/'],
	['Can I pay with PayPal?', '/articles/payment-methods/'],
	['what size should I order', '/articles/find-your-size/'],
	['is it in stock', '/articles/check-stock-availability/'],
	['tell me when its back in stock', '/articles/restock-notifications/'],
	['do you ship to the UK', '/articles/international-delivery/'],
	['how much is shipping', '/articles/shipping-costs/'],
	['I want to cancel my order', '/articles/change-or-cancel-an-order/'],
	['I need to change my address', '/articles/change-delivery-address/'],
	['I did not get an order confirmation email', '/articles/order-confirmation-email/'],
	['can I order without an account', '/articles/guest-checkout/'],
	['how do I delete my account', '/articles/delete-your-account/'],
	['how do I cancel my subscription', '/articles/manage-your-subscription/'],
	['the price dropped after I bought it', '/articles/price-drop-after-purchase/'],
	["what can't be returned", '/articles/items-that-cannot-be-returned/'],
	['do I have to pay for the return label', '/articles/return-shipping-costs/'],
	['how do I wash my waterproof jacket', '/articles/product-materials-and-care/'],
	['my headlamp is flickering', '/articles/headlamp-troubleshooting/'],
	['what does the warranty cover', '/articles/warranty-coverage/'],
	// Customers' words the articles don't use (synonyms)
	['package is late', '/articles/late-delivery/'],
	['parcel never arrived', '/articles/lost-parcel/'],
	['item arrived broken', '/articles/damaged-item/'],
	['something missing from my box', '/articles/missing-item/'],
	['send back a jacket', '/articles/start-a-return/'],
	['swap for a bigger size', '/articles/exchange-an-item/'],
	['click and collect', '/articles/store-pickup/'],
	['customs fees', '/articles/taxes-and-duties/'],
	['voucher code', '/articles/use-a-discount-code/'],
	['promo code not working', '/articles/discount-code-not-working/'],
	['buy a gift voucher', '/articles/buy-a-gift-card/'],
	['gift card balance', '/articles/gift-card-balance/'],
	['pay later with klarna', '/articles/pay-in-instalments/'],
	['installments', '/articles/pay-in-instalments/'],
	['card declined', '/articles/payment-declined/'],
	['double charged', '/articles/charged-twice/'],
	['cant log in', '/articles/sign-in-problems/'],
	['forgot my password', '/articles/reset-your-password/'],
	['receipt for my company', '/articles/get-an-invoice/'],
	['guarantee', '/articles/warranty-coverage/'],
	['fix my watch', '/articles/request-a-repair/'],
	['watch not connecting to my phone', '/articles/set-up-your-gps-watch/'],
	['stop the newsletter', '/articles/unsubscribe-from-newsletters/'],
	['gdpr data request', '/articles/download-your-data/'],
	['compatible charger', '/articles/battery-and-charger-compatibility/'],
	// Typos
	['pasword', '/articles/reset-your-password/'],
	['refnud', '/articles/refund-status/'],
	['delivry times', '/articles/delivery-times/'],
	['trackign number', '/articles/track-your-order/'],
	['exchnage', '/articles/exchange-an-item/'],
	['invoce', '/articles/get-an-invoice/'],
	['retrun an item', '/articles/start-a-return/'],
	['preorder', '/articles/pre-orders/'],
	// FAQ answers
	['return without receipt', '/faq/returns-and-refunds/'],
];
