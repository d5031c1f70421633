import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-account-churned-at-create': {
                        table: 'sys_security_acl'
                        id: 'b70306d5e92b4016bfdfc595da965a0a'
                    }
                    'acl-account-churned-at-read': {
                        table: 'sys_security_acl'
                        id: 'fdb982b956ec46ec80dff06e4ac503e4'
                    }
                    'acl-account-churned-at-write': {
                        table: 'sys_security_acl'
                        id: 'f3925d093d704a05a641f4d8b2dc679d'
                    }
                    'acl-account-overdue-rule-create': {
                        table: 'sys_security_acl'
                        id: 'e8e80c8df8ac4531ad9dc4348da27079'
                    }
                    'acl-account-overdue-rule-read': {
                        table: 'sys_security_acl'
                        id: '13859d56ed244ff0a69971ed69dd0dad'
                    }
                    'acl-account-overdue-rule-write': {
                        table: 'sys_security_acl'
                        id: '97fd558a0fc240e48c687efc75b29eb3'
                    }
                    'acl-account-overdue-since-create': {
                        table: 'sys_security_acl'
                        id: '80f3b9bc99af4f12ad70ab7cfc06b002'
                    }
                    'acl-account-overdue-since-read': {
                        table: 'sys_security_acl'
                        id: '48d87a3a38a14519859e6b4dd548ba1a'
                    }
                    'acl-account-overdue-since-write': {
                        table: 'sys_security_acl'
                        id: 'b6e91244536241a291ecfb79abcc774c'
                    }
                    'acl-account-pending-change-create': {
                        table: 'sys_security_acl'
                        id: '111cea82c5de4a3abda7435a1cc15b14'
                    }
                    'acl-account-pending-change-read': {
                        table: 'sys_security_acl'
                        id: '2e5a64fc998f4943a2895335cedc91f3'
                    }
                    'acl-account-pending-change-write': {
                        table: 'sys_security_acl'
                        id: '78f34feffd704ecfb28635ec40b1026c'
                    }
                    'acl-account-pending-due-create': {
                        table: 'sys_security_acl'
                        id: '67190b87bf8643658be8d680b68f5cde'
                    }
                    'acl-account-pending-due-read': {
                        table: 'sys_security_acl'
                        id: '811614935198424ea554d1f7af93a80e'
                    }
                    'acl-account-pending-due-write': {
                        table: 'sys_security_acl'
                        id: 'bbf0a3f8674e4707b9b52647274796c7'
                    }
                    'acl-account-pending-order-create': {
                        table: 'sys_security_acl'
                        id: '4bcf8807378b49cb94d370a07fd6a08a'
                    }
                    'acl-account-pending-order-read': {
                        table: 'sys_security_acl'
                        id: 'f9ed761087b44602849e97796f487497'
                    }
                    'acl-account-pending-order-write': {
                        table: 'sys_security_acl'
                        id: 'dbf28b2bd04e4f6a96c0ff503a616b41'
                    }
                    'acl-account-pending-since-create': {
                        table: 'sys_security_acl'
                        id: '04901a4894944b40aceabc5f0f91de4f'
                    }
                    'acl-account-pending-since-read': {
                        table: 'sys_security_acl'
                        id: 'a6e181240d694914b0b9025a967c858e'
                    }
                    'acl-account-pending-since-write': {
                        table: 'sys_security_acl'
                        id: '0dc1b8cc2e3749248355c64188319f37'
                    }
                    'acl-account-pin-reason-create': {
                        table: 'sys_security_acl'
                        id: '9a9d925dcd794f298f449dce7b1ae4b0'
                    }
                    'acl-account-pin-reason-read': {
                        table: 'sys_security_acl'
                        id: '883d4b4c21f545729c076545807719b6'
                    }
                    'acl-account-pin-reason-write': {
                        table: 'sys_security_acl'
                        id: '0b30be507fb84e1092d45145100404f9'
                    }
                    'acl-account-pinned-until-create': {
                        table: 'sys_security_acl'
                        id: '0013d49ab36f4d178c123eb5418a096d'
                    }
                    'acl-account-pinned-until-read': {
                        table: 'sys_security_acl'
                        id: '71b2d133d6174b07a7387e5b52a27092'
                    }
                    'acl-account-pinned-until-write': {
                        table: 'sys_security_acl'
                        id: 'fd123db18256486f8259884b05f86872'
                    }
                    'acl-account-stage-create': {
                        table: 'sys_security_acl'
                        id: 'dc6eab9182884f9580273002d63906cc'
                    }
                    'acl-account-stage-read': {
                        table: 'sys_security_acl'
                        id: '8809dc608c4c4c93a3e827d354a2051c'
                    }
                    'acl-account-stage-since-create': {
                        table: 'sys_security_acl'
                        id: '7aeccc8a4124409c8b09ff2f9f6c69f4'
                    }
                    'acl-account-stage-since-read': {
                        table: 'sys_security_acl'
                        id: '423089d4beac4777af64f91f57c9e90f'
                    }
                    'acl-account-stage-since-write': {
                        table: 'sys_security_acl'
                        id: 'a4afca043b1844f6a2a8c584a520f620'
                    }
                    'acl-account-stage-write': {
                        table: 'sys_security_acl'
                        id: 'd9b5b4519855408095fc1bf09e2143cc'
                    }
                    'acl-account-state-create': {
                        table: 'sys_security_acl'
                        id: '73f42655a7e54052a4352689c861e768'
                    }
                    'acl-account-state-read': {
                        table: 'sys_security_acl'
                        id: 'ede2f7fa261a416eb8f42eef29fcb71f'
                    }
                    'acl-account-state-since-create': {
                        table: 'sys_security_acl'
                        id: '7f3a45f324104ceea58c68e2074011f4'
                    }
                    'acl-account-state-since-read': {
                        table: 'sys_security_acl'
                        id: 'f76129dda43c4dbeba41f92afd00f5ab'
                    }
                    'acl-account-state-since-write': {
                        table: 'sys_security_acl'
                        id: '75df859b90c64b0889984babb71d33cd'
                    }
                    'acl-account-state-write': {
                        table: 'sys_security_acl'
                        id: '9a523cd14d0344e09094c607577a7a3c'
                    }
                    'acl-event-create': {
                        table: 'sys_security_acl'
                        id: '543c10d5488141bc8a50b8b0e368ff2a'
                    }
                    'acl-event-delete': {
                        table: 'sys_security_acl'
                        id: '430ffb9ff12646a08d598f3bb17b91cc'
                    }
                    'acl-event-fields-read': {
                        table: 'sys_security_acl'
                        id: '3a7f9761d6d94f5d8679c17d235be469'
                    }
                    'acl-event-fields-write': {
                        table: 'sys_security_acl'
                        id: 'e8b7a9e1dbe44fffa7636c72840a1e09'
                    }
                    'acl-event-read': {
                        table: 'sys_security_acl'
                        id: '09044bdcc61a4203a29de3df984b3f6a'
                    }
                    'acl-event-write': {
                        table: 'sys_security_acl'
                        id: '464108fb44b046ecb27495ef0300ca91'
                    }
                    'acl-reason-create': {
                        table: 'sys_security_acl'
                        id: '1b5e745a7d61473fa8de5a20a764eaf8'
                    }
                    'acl-reason-delete': {
                        table: 'sys_security_acl'
                        id: '7942881965e14c64a11dac23b3125ffa'
                    }
                    'acl-reason-fields-read': {
                        table: 'sys_security_acl'
                        id: '1568167854a04d15a627e9592585652e'
                    }
                    'acl-reason-fields-write': {
                        table: 'sys_security_acl'
                        id: '95e9d63d70c94ed3943c9655af75bd69'
                    }
                    'acl-reason-read': {
                        table: 'sys_security_acl'
                        id: '34a2c042138e48328611f1261ee1b22b'
                    }
                    'acl-reason-write': {
                        table: 'sys_security_acl'
                        id: 'c04fd37b5042405bb8f859910ac0607c'
                    }
                    'acl-recalc-create': {
                        table: 'sys_security_acl'
                        id: '08d1a1ec3d1542c5924212c9eda80ffd'
                    }
                    'acl-recalc-delete': {
                        table: 'sys_security_acl'
                        id: 'b1e4170a189141a780621f71900fe302'
                    }
                    'acl-recalc-fields-read': {
                        table: 'sys_security_acl'
                        id: 'da7a98f6580f4a9a908a6703d2dacfd1'
                    }
                    'acl-recalc-fields-write': {
                        table: 'sys_security_acl'
                        id: '43c8c2b5d19d4ffea8237e52279749ce'
                    }
                    'acl-recalc-read': {
                        table: 'sys_security_acl'
                        id: 'd1831442d626492c8449d6657222fd60'
                    }
                    'acl-recalc-write': {
                        table: 'sys_security_acl'
                        id: '9bed04eb822f41bb999625906875bbbb'
                    }
                    'acl-rule-create': {
                        table: 'sys_security_acl'
                        id: '5fda43f56b584524b6b043baacf7704b'
                    }
                    'acl-rule-delete': {
                        table: 'sys_security_acl'
                        id: 'd12013706cdb4ebe895a5a3f17d5c423'
                    }
                    'acl-rule-fields-read': {
                        table: 'sys_security_acl'
                        id: 'f754a9f0860d4de78f5d96d9a5457642'
                    }
                    'acl-rule-fields-write': {
                        table: 'sys_security_acl'
                        id: '276ad1f8afd54491a3a121403bf267d4'
                    }
                    'acl-rule-read': {
                        table: 'sys_security_acl'
                        id: '9537ced74b3448c29a9d2fb085c48221'
                    }
                    'acl-rule-write': {
                        table: 'sys_security_acl'
                        id: '09861400465349558964710d2758c09e'
                    }
                    'acl-stage-create': {
                        table: 'sys_security_acl'
                        id: '2508579140e14839999d2602efda7ade'
                    }
                    'acl-stage-delete': {
                        table: 'sys_security_acl'
                        id: '2be1b99298db4ae5ade36fbdcc6f2988'
                    }
                    'acl-stage-fields-read': {
                        table: 'sys_security_acl'
                        id: 'ce2357972d234b20adb40ec915282283'
                    }
                    'acl-stage-fields-write': {
                        table: 'sys_security_acl'
                        id: '6a22bc0f1450425eaddc65d15f09664e'
                    }
                    'acl-stage-read': {
                        table: 'sys_security_acl'
                        id: '01b239164c314329ad09855b19e40b95'
                    }
                    'acl-stage-write': {
                        table: 'sys_security_acl'
                        id: 'ad49d3b713aa465dbd978dd01423c690'
                    }
                    'acl-time-rule-create': {
                        table: 'sys_security_acl'
                        id: '33f071ca2daa45e9acc5dbfd8b873fc9'
                    }
                    'acl-time-rule-delete': {
                        table: 'sys_security_acl'
                        id: '0a89b865e1ff438b9817ea29b9e440ce'
                    }
                    'acl-time-rule-fields-read': {
                        table: 'sys_security_acl'
                        id: '61e5637edd8c4b08a5c42719cee8dc0f'
                    }
                    'acl-time-rule-fields-write': {
                        table: 'sys_security_acl'
                        id: 'dcebdf770ab142b49fa5e6dc1fc2556a'
                    }
                    'acl-time-rule-read': {
                        table: 'sys_security_acl'
                        id: 'f5c2bed5d9494d22ad9af2eae7bc52f2'
                    }
                    'acl-time-rule-write': {
                        table: 'sys_security_acl'
                        id: 'aec315e47fbc438e9e5b1a4c0c11d65a'
                    }
                    'atf-acl-admin-inserts-rule': {
                        table: 'sys_atf_step'
                        id: '3f540393257c439e99ac0a53d98bb2e3'
                    }
                    'atf-acl-agent-cannot-edit-event': {
                        table: 'sys_atf_step'
                        id: 'd68f51765ac5457082956b54e4af5d93'
                    }
                    'atf-acl-agent-cannot-insert-event': {
                        table: 'sys_atf_step'
                        id: 'a541c41f28fc4a06a324ca80613570a1'
                    }
                    'atf-acl-agent-cannot-insert-rule': {
                        table: 'sys_atf_step'
                        id: '97fc384567864b84a876423d8e67e3f3'
                    }
                    'atf-acl-create-admin': {
                        table: 'sys_atf_step'
                        id: '96f378e6accd4c5883390910a4198922'
                    }
                    'atf-acl-create-agent': {
                        table: 'sys_atf_step'
                        id: '91b98bc56b294d7ea619ed92cccfe61b'
                    }
                    'atf-acl-insert-event': {
                        table: 'sys_atf_step'
                        id: '905f87e9947c4c06b7122dbe5e11af04'
                    }
                    'atf-disconnect-assert-inactive': {
                        table: 'sys_atf_step'
                        id: '9da15b111d6146608c414d8c78c00359'
                    }
                    'atf-disconnect-assert-still-active': {
                        table: 'sys_atf_step'
                        id: '8db2b58f6be64da9aeaaca5ec98e9fac'
                    }
                    'atf-disconnect-complete-first-line': {
                        table: 'sys_atf_step'
                        id: '7a68a6eef6444c099a67189b1315bfda'
                    }
                    'atf-disconnect-complete-first-order': {
                        table: 'sys_atf_step'
                        id: 'e69805745b294188861fcdd67291f9db'
                    }
                    'atf-disconnect-complete-second-line': {
                        table: 'sys_atf_step'
                        id: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                    }
                    'atf-disconnect-complete-second-order': {
                        table: 'sys_atf_step'
                        id: '11c033da0de0456d961005b193bc2c0b'
                    }
                    'atf-disconnect-insert-account': {
                        table: 'sys_atf_step'
                        id: '2ec58acd0a4147b889845e60e13425fd'
                    }
                    'atf-disconnect-insert-first-line': {
                        table: 'sys_atf_step'
                        id: 'bd937c3da2434c8ca26196c24a6f3d76'
                    }
                    'atf-disconnect-insert-first-order': {
                        table: 'sys_atf_step'
                        id: 'c2200db84121462090e52d6316f95714'
                    }
                    'atf-disconnect-insert-first-service': {
                        table: 'sys_atf_step'
                        id: '58331e224c8b4d4fa1006146d37b52a4'
                    }
                    'atf-disconnect-insert-second-line': {
                        table: 'sys_atf_step'
                        id: '31b8f49a47d24156a5570913890c3713'
                    }
                    'atf-disconnect-insert-second-order': {
                        table: 'sys_atf_step'
                        id: '4baaa31887a24df9be120a4f9625a4dc'
                    }
                    'atf-disconnect-insert-second-service': {
                        table: 'sys_atf_step'
                        id: '6a4361b81a0f477daeff93a7a951c693'
                    }
                    'atf-disconnect-retire-first-service': {
                        table: 'sys_atf_step'
                        id: '721d1fdcaa344f7fb3bbc42cb03f828d'
                    }
                    'atf-history-read-only-for-agents': {
                        table: 'sys_atf_test'
                        id: '97b8a8b224604880b1885c9249d51c0d'
                    }
                    'atf-outbound-assert-active': {
                        table: 'sys_atf_step'
                        id: '46310af4c9c4425d83813e8f8cc2d21e'
                    }
                    'atf-outbound-assert-event': {
                        table: 'sys_atf_step'
                        id: '745b1c3645f34483bd838c74b3d3b525'
                    }
                    'atf-outbound-complete-line': {
                        table: 'sys_atf_step'
                        id: '799cc14a2a5b4df0b28fb3c6debe37ce'
                    }
                    'atf-outbound-complete-order': {
                        table: 'sys_atf_step'
                        id: '98acccdacbfb4a51a369ac91828a2bff'
                    }
                    'atf-outbound-insert-account': {
                        table: 'sys_atf_step'
                        id: '8d03639d070c445fb5216c079b4f1ad2'
                    }
                    'atf-outbound-insert-line': {
                        table: 'sys_atf_step'
                        id: '88a68ffaaf374e3782d8d9ea60c2d336'
                    }
                    'atf-outbound-insert-order': {
                        table: 'sys_atf_step'
                        id: 'fdd17f2bad00473a9a1b240d23a3567f'
                    }
                    'atf-outbound-state-changed': {
                        table: 'sys_atf_test'
                        id: '966555a6deec4d50bbaf4919067b71f8'
                    }
                    'atf-partial-vs-last-disconnect': {
                        table: 'sys_atf_test'
                        id: '76845d7369464fe3a452b0d4d8268eb4'
                    }
                    'atf-place-assert-active': {
                        table: 'sys_atf_step'
                        id: 'da009f08515a4774b4b99ee5ee1c5ba5'
                    }
                    'atf-place-complete-line': {
                        table: 'sys_atf_step'
                        id: '8a57505e58204d8cb639b06d9397e0d5'
                    }
                    'atf-place-complete-order': {
                        table: 'sys_atf_step'
                        id: '288f212145964687a22e4bd19d346948'
                    }
                    'atf-place-insert-account': {
                        table: 'sys_atf_step'
                        id: '97eeea2711ea45008e6a086cf8c849ac'
                    }
                    'atf-place-insert-line': {
                        table: 'sys_atf_step'
                        id: '35046bb288954f8a9bc328d1f07322fd'
                    }
                    'atf-place-insert-order': {
                        table: 'sys_atf_step'
                        id: 'abcf2754257840109b74e6644c0ca7d4'
                    }
                    'atf-place-order-activates-account': {
                        table: 'sys_atf_test'
                        id: 'b210b4de45314f2f8cebfed75435d587'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: 'c8966fbd784248c4b26259818a77da6f'
                    }
                    'br-inventory-mapping-validation': {
                        table: 'sys_script'
                        id: 'f374c7b9a367493fbc0dcbf02e86f130'
                    }
                    'br-order-lifecycle': {
                        table: 'sys_script'
                        id: '69f714d903114793a2aa9c12c7aa9c13'
                    }
                    'br-order-line-lifecycle': {
                        table: 'sys_script'
                        id: 'd7ae108085d8466694dec9bbfacb5b89'
                    }
                    'br-reason-validation': {
                        table: 'sys_script'
                        id: '7a4a09d3e34e47e1894782389cb1904b'
                    }
                    'br-recalculation-requested': {
                        table: 'sys_script'
                        id: '3f562d6bce8e432d93229e49e4a6348b'
                    }
                    'br-recheck-after-event': {
                        table: 'sys_script'
                        id: '10e058224e934f9c9447c8626d916b31'
                    }
                    'br-recheck-after-service-change': {
                        table: 'sys_script'
                        id: '0b7e9f6fa7de4542bcdcb16affbaf333'
                    }
                    'br-rule-validation': {
                        table: 'sys_script'
                        id: '47cbe3aa87a243f497e6a785e45eb1fc'
                    }
                    'csp-read-customer-account': {
                        table: 'sys_scope_privilege'
                        id: '188691645b3b4b458f227a090904fb48'
                    }
                    'csp-read-om-line-item': {
                        table: 'sys_scope_privilege'
                        id: 'd420405cb3174258b47e7accb30464e3'
                    }
                    'csp-read-om-order': {
                        table: 'sys_scope_privilege'
                        id: 'c95d3f5cb67343c48ac4b1d6547a1dac'
                    }
                    'csp-read-sold-product': {
                        table: 'sys_scope_privilege'
                        id: '4f7826a308014f42a1506818349113bf'
                    }
                    'csp-write-customer-account': {
                        table: 'sys_scope_privilege'
                        id: 'd913b064829e45e2ac26c00fa723cb46'
                    }
                    'default-reason-competitor': {
                        table: 'x_oal_lifecycle_reason'
                        id: '3667ae4c63df4ea2a3da072bf9d6c91f'
                    }
                    'default-reason-credit': {
                        table: 'x_oal_lifecycle_reason'
                        id: '378fddda5f8b47f4a4dae275537b1593'
                    }
                    'default-reason-customer-request': {
                        table: 'x_oal_lifecycle_reason'
                        id: '73d05108e2aa474aa77725a805917a87'
                    }
                    'default-reason-downgrade': {
                        table: 'x_oal_lifecycle_reason'
                        id: '2484cd03a3574365bcf53082a51b12a0'
                    }
                    'default-reason-fraud': {
                        table: 'x_oal_lifecycle_reason'
                        id: '760eb38346dc4e49af2ae5a64787b712'
                    }
                    'default-reason-migration': {
                        table: 'x_oal_lifecycle_reason'
                        id: 'b28dac0c9aaa4e6b8638b6305857f479'
                    }
                    'default-reason-non-payment': {
                        table: 'x_oal_lifecycle_reason'
                        id: 'cc7b6d23c4f048ad8a93769e00cb402f'
                    }
                    'default-reason-nonpayment': {
                        table: 'x_oal_lifecycle_reason'
                        id: '8d28d0b9f9cb450aa240ce86a05caaf8'
                    }
                    'default-reason-price': {
                        table: 'x_oal_lifecycle_reason'
                        id: '07f13198d5dc4e44b3cf2d59e3041ae8'
                    }
                    'default-reason-relocation': {
                        table: 'x_oal_lifecycle_reason'
                        id: '3f1fb60baed04d99a2a40ccb717182e1'
                    }
                    'default-reason-upgrade': {
                        table: 'x_oal_lifecycle_reason'
                        id: 'f391c5dde3744f3d895000a2c0f145c4'
                    }
                    'default-rule-cancel-first-order': {
                        table: 'x_oal_lifecycle_rule'
                        id: '9cfdf4cba4924fa9b54ab7151b8691c5'
                    }
                    'default-rule-cancel-win-back-pending': {
                        table: 'x_oal_lifecycle_rule'
                        id: '861df5cc8afe4632b8b8efe3fbaf3add'
                    }
                    'default-rule-disconnect-completed-last': {
                        table: 'x_oal_lifecycle_rule'
                        id: '8815954bf19440c687c26f1d216627d6'
                    }
                    'default-rule-disconnect-completed-only-suspended': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'ae5992a328524b8f8aec4106e14524ee'
                    }
                    'default-rule-modify-completed-expansion': {
                        table: 'x_oal_lifecycle_rule'
                        id: '1cbad3860f8247f09ea9e50994cce85d'
                    }
                    'default-rule-place-completed-active': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'a4044a90357e4fc2960c5f801597d482'
                    }
                    'default-rule-place-completed-expansion': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'bf37d27bf1db41a9b2e2232ab20cbeb5'
                    }
                    'default-rule-place-rejected-first-order': {
                        table: 'x_oal_lifecycle_rule'
                        id: '47614078be4c4248bc0256e3ce50440a'
                    }
                    'default-rule-place-rejected-win-back-pending': {
                        table: 'x_oal_lifecycle_rule'
                        id: '7c78ce399c1a4b25a519a10adcc1f37c'
                    }
                    'default-rule-place-submitted': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'a142a612993743a188a664af3b244fee'
                    }
                    'default-rule-place-submitted-win-back': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'd3751b73577d4d10afc46d87e6258da1'
                    }
                    'default-rule-resume-completed': {
                        table: 'x_oal_lifecycle_rule'
                        id: '254585918e46454c8dc6590f988192e5'
                    }
                    'default-rule-suspend-completed-last': {
                        table: 'x_oal_lifecycle_rule'
                        id: 'c6a852b2f51c41c1a432dbb762c7b4c4'
                    }
                    'email-account-notify': {
                        table: 'sysevent_email_action'
                        id: '1cada0a11a3c4d52b201f561f7461b4e'
                    }
                    'event-account-notify': {
                        table: 'sysevent_register'
                        id: 'fd3c7c6ffb41480588dc100fd99c2e8a'
                    }
                    'event-account-stage-changed': {
                        table: 'sysevent_register'
                        id: 'a6227e625199440ead7fdf50ec0c6a46'
                    }
                    'event-account-state-changed': {
                        table: 'sysevent_register'
                        id: '3b7ef223f20c4af192cf85a5c37ac377'
                    }
                    'event-account-target-missed': {
                        table: 'sysevent_register'
                        id: '827f2ee925a14c93bfd6559ceef436d7'
                    }
                    'lifecycle-api': {
                        table: 'sys_ws_definition'
                        id: 'eb6f8d78036a4b5fa1dfb1f141062d55'
                    }
                    'lifecycle-api-accounts': {
                        table: 'sys_ws_operation'
                        id: 'e152f3a044994bc09368875daf71d337'
                    }
                    'lifecycle-api-accounts-q': {
                        table: 'sys_ws_query_parameter'
                        id: 'ecd1be3db8ae4d41bd8ce7eac83a3f47'
                    }
                    'lifecycle-api-export': {
                        table: 'sys_ws_operation'
                        id: '459b50de531445fd8c83174d18305a99'
                    }
                    'lifecycle-api-export-account': {
                        table: 'sys_ws_query_parameter'
                        id: '1d2acd69a6b84af9a7f6887f1516728b'
                    }
                    'lifecycle-api-export-account-stage': {
                        table: 'sys_ws_query_parameter'
                        id: '7cdbf49b672c4e658b65ce68ff71d32d'
                    }
                    'lifecycle-api-export-account-state': {
                        table: 'sys_ws_query_parameter'
                        id: '29786a57ac8d4684b88d5f1132cbbdef'
                    }
                    'lifecycle-api-export-accounts': {
                        table: 'sys_ws_query_parameter'
                        id: 'b22e96c4591744a2bc7a074a570392c0'
                    }
                    'lifecycle-api-export-format': {
                        table: 'sys_ws_query_parameter'
                        id: 'a879ddde8f53458296fae9bb39129d37'
                    }
                    'lifecycle-api-inventory-mapping': {
                        table: 'sys_ws_operation'
                        id: 'c41ae1c52fa34f809578218a5c244a66'
                    }
                    'lifecycle-api-lint': {
                        table: 'sys_ws_operation'
                        id: '9a2d0c9bb801475186e8fceaaa19df29'
                    }
                    'lifecycle-api-simulate': {
                        table: 'sys_ws_operation'
                        id: 'ff66e0efe0d14a5faaa9a6ae69be5db7'
                    }
                    'lifecycle-api-stages': {
                        table: 'sys_ws_operation'
                        id: 'f227273197074561b321470e11963e72'
                    }
                    'lifecycle-api-timeline': {
                        table: 'sys_ws_operation'
                        id: '8e178caf85d1418abf797dd5a8dc6ba7'
                    }
                    'lifecycle-api-timeline-action': {
                        table: 'sys_ws_query_parameter'
                        id: 'b23c0c3ad9d647d68bbaf0b671906123'
                    }
                    'lifecycle-api-timeline-before': {
                        table: 'sys_ws_query_parameter'
                        id: '7f5ced87a9124b59aa7a1f428a8531f7'
                    }
                    'lifecycle-api-timeline-cursor': {
                        table: 'sys_ws_query_parameter'
                        id: '9ddbc710f7f345c2bab4c2df595e73bd'
                    }
                    'lifecycle-api-timeline-from': {
                        table: 'sys_ws_query_parameter'
                        id: '5aed5f8efc3a4143b1d4c8c6c3ceca12'
                    }
                    'lifecycle-api-timeline-limit': {
                        table: 'sys_ws_query_parameter'
                        id: '9e08cd832cbe4327ac2c8d4b1236a460'
                    }
                    'lifecycle-api-timeline-offset': {
                        table: 'sys_ws_query_parameter'
                        id: '87bb5d0c3ce64cda899046edf56b1372'
                        deleted: true
                    }
                    'lifecycle-api-timeline-outcome': {
                        table: 'sys_ws_query_parameter'
                        id: '3f8ce4c4600f47a1b5029b1d8e7d318f'
                    }
                    'lifecycle-api-timeline-q': {
                        table: 'sys_ws_query_parameter'
                        id: '02f5a86a7b314f77af314fa1e59f4bd2'
                    }
                    'lifecycle-api-timeline-to': {
                        table: 'sys_ws_query_parameter'
                        id: 'd9e05144579f43d5841d86f9341ae7e7'
                    }
                    'menu-account-lifecycle': {
                        table: 'sys_app_application'
                        id: '2830eb0b24844b7e8bd01872ac9d3d8b'
                    }
                    'module-account-timeline': {
                        table: 'sys_app_module'
                        id: '2af7a58efd164f2c834e1f3655af6080'
                    }
                    'module-accounts-by-lifecycle': {
                        table: 'sys_app_module'
                        id: '3d72c6685eaf45dc99be5eba86f9a3bc'
                    }
                    'module-accounts-overdue-in-stage': {
                        table: 'sys_app_module'
                        id: '66bacef224d8471a9c7a1895d7ed66b0'
                    }
                    'module-accounts-pending-churn': {
                        table: 'sys_app_module'
                        id: 'e7e5a25d656f4909a47d8560029f4145'
                    }
                    'module-accounts-separator': {
                        table: 'sys_app_module'
                        id: '138f5f52e120487586955b937f444c19'
                    }
                    'module-administration-separator': {
                        table: 'sys_app_module'
                        id: '1e1e36a7f4594f5ca1f4a3ea3edc8929'
                    }
                    'module-lifecycle-stages': {
                        table: 'sys_app_module'
                        id: '1e9011ff46844a90b4029822a20e6f5f'
                    }
                    'module-mapping-rules': {
                        table: 'sys_app_module'
                        id: '0014d339325943b199cc1d68e87f317c'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '5cd4455b5c1f439abbc11b08e406dc0f'
                    }
                    'module-reason-mappings': {
                        table: 'sys_app_module'
                        id: '798f821256ed4f28803896b7b65c25ce'
                    }
                    'module-recalculations': {
                        table: 'sys_app_module'
                        id: '42df052c2ae24aa7a47b6802ec82ef60'
                    }
                    'module-revenue-movements': {
                        table: 'sys_app_module'
                        id: '2e3e2add9fda44958d26046f42081add'
                    }
                    'module-time-rules': {
                        table: 'sys_app_module'
                        id: '96036bf4dd2c45e792590abf1336773b'
                    }
                    'module-timeline-page': {
                        table: 'sys_app_module'
                        id: 'fb8b676f023f411c9773ab4443fb7374'
                    }
                    'module-workbench-page': {
                        table: 'sys_app_module'
                        id: '45a1ded1a111442395bba7b897d5ad99'
                    }
                    'open-timeline-action': {
                        table: 'sys_ui_action'
                        id: 'fcc904fcca5b499eb1b33e9555e548f4'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '6078ff9d19e645bfac428cad77775eb6'
                        deleted: false
                    }
                    'property-dry-run': {
                        table: 'sys_properties'
                        id: '0d7ce1e9086b427a95ab38f25ba3a402'
                    }
                    'property-enabled': {
                        table: 'sys_properties'
                        id: 'ca5e109de3044af189798f1da9357f13'
                    }
                    'property-export-max-rows': {
                        table: 'sys_properties'
                        id: 'a709512b24654f6fa1b8ea0eae66b09d'
                    }
                    'property-inventory-in-service': {
                        table: 'sys_properties'
                        id: 'ed6eea4dad3c44609cab17f7450b558d'
                    }
                    'property-inventory-not-yet': {
                        table: 'sys_properties'
                        id: '50b43c12407f41edb9dc290ad403bb5b'
                    }
                    'property-inventory-suspended': {
                        table: 'sys_properties'
                        id: 'e6d8945a9a7d44a2ab58d2e5ddb28a12'
                    }
                    'property-log-level': {
                        table: 'sys_properties'
                        id: 'b93456adb5f24be893079ffa6498cb02'
                    }
                    'property-notify-recipients': {
                        table: 'sys_properties'
                        id: '10c7c6453f4249c29aefa9821e923c96'
                    }
                    'property-notify-states': {
                        table: 'sys_properties'
                        id: '2c9cfc0e28284324a615549fd3fc7f2a'
                    }
                    'property-rollup-stage-policy': {
                        table: 'sys_properties'
                        id: '45fd05286a204656ba7f357d069c39e1'
                    }
                    'property-rollup-state-policy': {
                        table: 'sys_properties'
                        id: '75652ab42b9f44c0bc2d2ba8feb69eba'
                    }
                    'recalculate-lifecycle-action': {
                        table: 'sys_ui_action'
                        id: 'a7b9f7e375064fd3bf794912b33f14c9'
                    }
                    'related-list-account-stages': {
                        table: 'sys_ui_related_list_entry'
                        id: '35f1d7c03167412d96a0b1b0da75e210'
                    }
                    'related-list-account-timeline': {
                        table: 'sys_ui_related_list_entry'
                        id: '9bd7e776eb8a45229aba4b8474325130'
                    }
                    'related-lists-account-lifecycle': {
                        table: 'sys_ui_related_list'
                        id: '14e2f7f70a494fdaafbcea62937417aa'
                    }
                    'scheduled-resume-recalculations': {
                        table: 'sysauto_script'
                        id: 'cdab04a352e8494c87705a22990a3f27'
                    }
                    'scheduled-time-rules': {
                        table: 'sysauto_script'
                        id: 'ad8ae5b14c2c462cb85413bd22be1856'
                    }
                    'script-action-notify-on-state': {
                        table: 'sysevent_script_action'
                        id: 'b0bf4fd57c744858831117ddaa26ff91'
                    }
                    'script-include-account-lifecycle-mapper': {
                        table: 'sys_script_include'
                        id: 'd6f2212cd19a421d98a28398d9adb93c'
                    }
                    'src_server_api_account-queries_ts': {
                        table: 'sys_module'
                        id: '54f3971cbff54a1aa8e173234086340e'
                    }
                    'src_server_api_export-api_ts': {
                        table: 'sys_module'
                        id: '99d548f6385a4f41b92de0db01e89020'
                    }
                    'src_server_api_export-contract_ts': {
                        table: 'sys_module'
                        id: '5c43b070ab564066a6c24783ecc413ef'
                    }
                    src_server_api_http_ts: {
                        table: 'sys_module'
                        id: 'eb6e6b8f8c8f4dc3aceafb66a81386a6'
                    }
                    'src_server_api_timeline-api_ts': {
                        table: 'sys_module'
                        id: 'a45ea8d7972f43368ed3740c35b25e37'
                    }
                    'src_server_api_timeline-contract_ts': {
                        table: 'sys_module'
                        id: '7c33442400ca4d5096858b4b14f237ec'
                    }
                    'src_server_api_workbench-api_ts': {
                        table: 'sys_module'
                        id: 'bb4ca7ed84ec43fd827142d5500dcbf6'
                    }
                    'src_server_app-schema_ts': {
                        table: 'sys_module'
                        id: 'fc9180ed1dfc44518a273b19b67ae0d0'
                    }
                    'src_server_glide_account-lifecycle-mapper_ts': {
                        table: 'sys_module'
                        id: '7693d21c06014931aee06bc67571dcdb'
                    }
                    'src_server_glide_glide-values_ts': {
                        table: 'sys_module'
                        id: '2d4b3d6cb16b470894c585cdce0f91f3'
                    }
                    'src_server_glide_inventory-mapping-validation_ts': {
                        table: 'sys_module'
                        id: '32ce234dac2d487ba44b73283b2e8ee8'
                    }
                    'src_server_glide_outbound-subscriber_ts': {
                        table: 'sys_module'
                        id: 'a6f96904a78a4c87a51e144afde06535'
                    }
                    'src_server_glide_readers_account-facts-reader_ts': {
                        table: 'sys_module'
                        id: 'b921dcf11642499e88df581bc5861d9d'
                    }
                    'src_server_glide_readers_account-reader_ts': {
                        table: 'sys_module'
                        id: 'a0fcb3b749664c0ab8fa9827581a4a92'
                    }
                    'src_server_glide_readers_event-reader_ts': {
                        table: 'sys_module'
                        id: '3bcf4597c873478aa9b82278d2dbc3ff'
                    }
                    'src_server_glide_readers_order-snapshots_ts': {
                        table: 'sys_module'
                        id: '3c0104c48ef14700849586a77aeb8da8'
                    }
                    'src_server_glide_readers_reason-reader_ts': {
                        table: 'sys_module'
                        id: 'ef31cf47c4644b518a9567c7c8391767'
                    }
                    'src_server_glide_readers_rules-reader_ts': {
                        table: 'sys_module'
                        id: '598b2cc706694d9981a93bd692e4679f'
                    }
                    'src_server_glide_reason-record-validation_ts': {
                        table: 'sys_module'
                        id: 'a88ddacb08164277931b20ba6b365459'
                    }
                    'src_server_glide_recalculation_account-batches_ts': {
                        table: 'sys_module'
                        id: 'a1dc0745e9ed4c69a87988626897d2f2'
                    }
                    'src_server_glide_recalculation_recalc-readers_ts': {
                        table: 'sys_module'
                        id: 'cb56b2967a87469b94589d79f2df5818'
                    }
                    'src_server_glide_recalculation_recalc-schema_ts': {
                        table: 'sys_module'
                        id: '5190d3aa7fb0414f83e3a3bf6db084dc'
                    }
                    'src_server_glide_recalculation_recalculate-account_ts': {
                        table: 'sys_module'
                        id: 'ed93ffb5af604f22868706d55aa7ba0b'
                    }
                    src_server_glide_recalculation_recalculation_ts: {
                        table: 'sys_module'
                        id: '8bc3e05ec2944d308f4122c53dc16b28'
                        deleted: true
                    }
                    'src_server_glide_recalculation_recalculation-request_ts': {
                        table: 'sys_module'
                        id: 'a395812d578642df928deded786da79d'
                    }
                    src_server_glide_recalculation_settings_ts: {
                        table: 'sys_module'
                        id: '87ba3205f0324ecb9cee10c5739828ce'
                    }
                    'src_server_glide_recalculation_time-rule-job_ts': {
                        table: 'sys_module'
                        id: '354fbcc6085b47bd8ed8f763564254e8'
                    }
                    src_server_glide_recheck_ts: {
                        table: 'sys_module'
                        id: 'ca1f28a2b2f2494c82e2d9f37ba5baf9'
                    }
                    src_server_glide_rollup_ts: {
                        table: 'sys_module'
                        id: 'e8aabc8e9dd94ba1b3389d5c593d281f'
                    }
                    'src_server_glide_rule-record-validation_ts': {
                        table: 'sys_module'
                        id: '4c449065736743b191a61a788b0e4b7f'
                    }
                    'src_server_glide_writers_account-writer_ts': {
                        table: 'sys_module'
                        id: 'f4d3d57e611044a7b06e7145e39fa6ac'
                    }
                    'src_server_glide_writers_event-writer_ts': {
                        table: 'sys_module'
                        id: '18182bb441ce4dfbb95aee6cc0f48110'
                    }
                    'src_server_glide_writers_lifecycle-writer_ts': {
                        table: 'sys_module'
                        id: '3c8da29c4b944fe79dc0550e1a0090fa'
                    }
                    'src_server_glide_writers_outbound-writer_ts': {
                        table: 'sys_module'
                        id: '7f6ad8d7bfa94ad587a7a7828da43cd3'
                    }
                    'src_server_glide_writers_stage-period-writer_ts': {
                        table: 'sys_module'
                        id: '8e9fba9f5e45470f80b6683dfca300d9'
                    }
                    src_server_lifecycle_classify_ts: {
                        table: 'sys_module'
                        id: 'b03442287314425c80d7b1b28c04858d'
                    }
                    src_server_lifecycle_datetime_ts: {
                        table: 'sys_module'
                        id: 'b4be483379ce449da24efc6f05988a7c'
                    }
                    src_server_lifecycle_engine_ts: {
                        table: 'sys_module'
                        id: 'd82ebac0637949a59f547a69917ec34b'
                    }
                    'src_server_lifecycle_event-key_ts': {
                        table: 'sys_module'
                        id: '51b4554f3d7f4529be546419f7b691ab'
                    }
                    src_server_lifecycle_explain_ts: {
                        table: 'sys_module'
                        id: '73f397e82e5444ffadfbb08686f268c8'
                    }
                    src_server_lifecycle_guards_ts: {
                        table: 'sys_module'
                        id: '6aa683efd2d04b27961250134a944980'
                    }
                    src_server_lifecycle_inventory_ts: {
                        table: 'sys_module'
                        id: '93782c9ec79b48e28524593a55362c6f'
                    }
                    src_server_lifecycle_labels_ts: {
                        table: 'sys_module'
                        id: 'ff8f97b0caf4413c9ec06316bb80a3ce'
                    }
                    src_server_lifecycle_model_ts: {
                        table: 'sys_module'
                        id: 'e707137da115410b84a23da8ad2bfad3'
                    }
                    'src_server_lifecycle_net-effect_ts': {
                        table: 'sys_module'
                        id: 'e25ada2f3f6640b4a916229e30493dee'
                    }
                    src_server_lifecycle_outbound_ts: {
                        table: 'sys_module'
                        id: '584b350f417e4f57b3cca315d2ea9a50'
                    }
                    src_server_lifecycle_progress_ts: {
                        table: 'sys_module'
                        id: '06665879742145f09946adf75fc871dd'
                    }
                    src_server_lifecycle_reasons_ts: {
                        table: 'sys_module'
                        id: 'ec6d3a21bd354ceca453554189c5a41b'
                    }
                    src_server_lifecycle_replay_ts: {
                        table: 'sys_module'
                        id: 'f7a2b941c14449cb9f7b48fe71cfb2da'
                    }
                    'src_server_lifecycle_replay-diff_ts': {
                        table: 'sys_module'
                        id: 'd1623bc1dad94eda8876ab3c2ca7c671'
                    }
                    src_server_lifecycle_rollup_ts: {
                        table: 'sys_module'
                        id: 'aa12256142094e8ba4addf7f05d6dd60'
                    }
                    'src_server_lifecycle_rule-lint_ts': {
                        table: 'sys_module'
                        id: '93cbf9cfc9f6428ba04c4a7832cccb9f'
                    }
                    'src_server_lifecycle_rule-validation_ts': {
                        table: 'sys_module'
                        id: 'c7c431a311d74f6aaf68eef3168a25aa'
                    }
                    src_server_lifecycle_rules_ts: {
                        table: 'sys_module'
                        id: '6367a0d516f746bcba2aee980758ccd4'
                    }
                    src_server_lifecycle_signals_ts: {
                        table: 'sys_module'
                        id: 'fc893d71a27b4526b252bbb2afff9266'
                    }
                    src_server_lifecycle_simulate_ts: {
                        table: 'sys_module'
                        id: '1a999538a2b34fb18106dd11fb185663'
                    }
                    'src_server_lifecycle_stage-periods_ts': {
                        table: 'sys_module'
                        id: 'c9ee0c72e96449c68faa999928e0de8f'
                    }
                    'src_server_lifecycle_time-rules_ts': {
                        table: 'sys_module'
                        id: '87d1f6b9a4744d9ca5fff5f75b3a9b4e'
                    }
                    'src_server_lifecycle_timeline-query_ts': {
                        table: 'sys_module'
                        id: 'ed72fbd3068f4810a2ee90edd997436b'
                        deleted: true
                    }
                    'src_server_order-management_om-model_ts': {
                        table: 'sys_module'
                        id: '822eaf18c66645d2b020f8ccde66f034'
                    }
                    'time-rule-active-30d-adoption': {
                        table: 'x_oal_lifecycle_time_rule'
                        id: 'e98cd756ff204a6c8a594f41526e63bb'
                    }
                    'time-rule-adoption-60d-monitoring': {
                        table: 'x_oal_lifecycle_time_rule'
                        id: '49770199391249d7a621f1c892d5902f'
                    }
                    'time-rule-onboarding-45d-alert': {
                        table: 'x_oal_lifecycle_time_rule'
                        id: 'd6a47a763a7e4f28b426191e996dd5be'
                    }
                }
                composite: [
                    {
                        table: 'sys_documentation'
                        id: '00289c690ed9414b8eb7299661ae396f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '00ecf32df3c548d08127e7bec9f84c9b'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '00fe516c55b24219ba8e4553aa947506'
                        key: {
                            document_key: '6a4361b81a0f477daeff93a7a951c693'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '014cbb8ae6f9443d8d58f8aedbd1adf2'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '01981bc0fe4544e49af0208be5432e38'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01ab3b19aa4d411f8833ed179d86c93a'
                        key: {
                            document_key: 'd68f51765ac5457082956b54e4af5d93'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '01d0a2c870dd47c4bb2118f8f8f9b5a0'
                        key: {
                            web_service_operation: '459b50de531445fd8c83174d18305a99'
                            web_service_query_parameter: '29786a57ac8d4684b88d5f1132cbbdef'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01dc368bfe8d4420aa7097a41076e792'
                        key: {
                            document_key: '97eeea2711ea45008e6a086cf8c849ac'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '02e232f85cad454eb98a6253a294422c'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'outcome'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '03afb1e2ed3449c1aad71a3b5246d747'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_change'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '03f03bb23f544aa0863c0ef8a6e5362f'
                        key: {
                            document_key: '4baaa31887a24df9be120a4f9625a4dc'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '04342c790ceb45e5a05fea0e910dd545'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '04b00c38e1ee4072b2f5bf14bd40d4d8'
                        key: {
                            sys_security_acl: '8809dc608c4c4c93a3e827d354a2051c'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '04ebf97d301f437795d1a5d199a5836c'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '056ca1976eb74a82b36929c7d86ae03e'
                        key: {
                            document_key: '9da15b111d6146608c414d8c78c00359'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0592ec18340e43f683988f4f612a1b9f'
                        key: {
                            sys_security_acl: 'fdb982b956ec46ec80dff06e4ac503e4'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '05ea1e55ee744806a6b382a4c197e4d1'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '06df63005eee40448f3b372e47236dfd'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'after_days'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '06e81cbf91e44331a9632d2cf9036bcb'
                        key: {
                            sys_security_acl: '78f34feffd704ecfb28635ec40b1026c'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '06f31fe9fb3e4e8ba77e33f316b41183'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '07040a6e49d64c22b0064e2e427bcf34'
                        key: {
                            document_key: '745b1c3645f34483bd838c74b3d3b525'
                            variable: 'b86c0427531000109e02ddeeff7b1227'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '07171e8db0a04965b481257a2e8d2e2f'
                        deleted: true
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '87bb5d0c3ce64cda899046edf56b1372'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '072b5d9b81e34f7c8b1a54a95f9058f4'
                        key: {
                            document_key: 'da009f08515a4774b4b99ee5ee1c5ba5'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '07391b7fb4504f85acb8e0efa155c60c'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0763c83f82a34845826f351757de6582'
                        key: {
                            document_key: '88a68ffaaf374e3782d8d9ea60c2d336'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '07fa344bf57941a59747d262922553ba'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'action_reason'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '08457056375d443381220c6205d395ca'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state_rule'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '08939698cf734f89afdb7bee3015046e'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09574f7d75344ca795bab0f030666141'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '09bac12d92ab47b9bad1af12ea9bdcd1'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'match'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '09e64307b2184cb4a9d749c91a560a9a'
                        key: {
                            application_file: '2f3e62fa36c24661b0b1b39fc1355d7f'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0a423baa08924d8c8bdcc048ba7b34ed'
                        key: {
                            document_key: '8a57505e58204d8cb639b06d9397e0d5'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '0aab426140d545e1b20ccdebae8dbf28'
                        deleted: true
                        key: {
                            application_file: '84c2061f5ff549389c664f956ae40e25'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0ac3c0673be04bdbbacf180c56b898eb'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd68f51765ac5457082956b54e4af5d93'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0ad2843bdd1b49a6b605e5b6d1851e34'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'allow_backward'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b2f59493f6844b59e7cb82259f5b8ad'
                        key: {
                            sys_security_acl: '04901a4894944b40aceabc5f0f91de4f'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0b93b18ee4df4220b7cbbf9aaa26f6d6'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0b97026e6f6f497aa556370507bb4c0f'
                        key: {
                            sys_security_acl: 'fd123db18256486f8259884b05f86872'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0c00b5f692d14432a17d7b5953699316'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0c1340f694db4b948eb3b2b1f7e51d87'
                        key: {
                            sys_ui_form: {
                                id: 'e480dcf212cc4c82aca3bb1809e45b78'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e268b3ae65944a038792b43ebda3d67f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Description'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0c2b1d03e0e84a1e9c41d8cff5c43ee8'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0cdae58f455b428f950a990072a45a61'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '799cc14a2a5b4df0b28fb3c6debe37ce'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0ce35759439943de86ad6e90d0ce1ce0'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0d01af09caf5402e93ed146e954330e5'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0d534d7cebc84882a456d0292dae2b2d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0db9ccda7cc24eab91475a52ef3612aa'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'recorded_at'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0de58e7b1be74854964e429e851e5835'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'skipped'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0e53114c4a76441ba4be605ae05ea84f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'stop_processing'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0e9d2d57175a453499ce3d0afc9c08fd'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f203da13b7c46b5b288c9f14a45d449'
                        key: {
                            sys_security_acl: 'bbf0a3f8674e4707b9b52647274796c7'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '0f22f3ec09e2420a93522590a9fc0cd4'
                        deleted: true
                        key: {
                            application_file: '8908e23c8320430b96e9f09893bfda05'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f287819cfa242d3a3a8cbbcc92a54bb'
                        key: {
                            sys_security_acl: '9537ced74b3448c29a9d2fb085c48221'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '0f38426f22c346109e16b62fd6e73fc9'
                        key: {
                            sys_security_acl: 'b70306d5e92b4016bfdfc595da965a0a'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0ff2b88fbe81419aa04c3f778c9329f1'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'only_suspended_left'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0ffd0dfc11924bddbf96148654a6f673'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '10295e3d362945339be2c76164a00fc0'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'from_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1050d34b44794d9782cd28e9f4afff00'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '110e1735469041d7a014d3430566eec1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '112dab6bee404ea3aa25ed1838af76b0'
                        key: {
                            document_key: 'da009f08515a4774b4b99ee5ee1c5ba5'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '114af233617b4e158984bc49f09d380f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '115e2c2ad7144737a715d31ee38951b4'
                        key: {
                            document_key: '11c033da0de0456d961005b193bc2c0b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '11a37c12ba0f46e9b9aa458ba581bbd6'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'churn_type'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '127942f164624e63af163939ff17b03f'
                        key: {
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '12a206eeef094c8f929dc87a714df44f'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'match'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '12c3fd9836ec4dbaaa5fcd741f8b505d'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '135dc1a98eaf41f3801545d83e98f4a6'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'movement'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '13796b9d13f346fcbcb84ec215f57ebb'
                        key: {
                            document_key: '2ec58acd0a4147b889845e60e13425fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1397322fb429413f88fb8a697298e678'
                        key: {
                            sys_ui_form: {
                                id: 'e480dcf212cc4c82aca3bb1809e45b78'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '147cef6a79274527b60faf729a7b2083'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1480360e15fc45259a58d22cfb63c8dc'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'occurred_at'
                            position: '7'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '14c4d84afd274b05b5207f431e027b5b'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '14f2263a521347acbf22e61a14207dbb'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15335c54d0104162b228be8901b86095'
                        key: {
                            document_key: '11c033da0de0456d961005b193bc2c0b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '159136924ed0433c8d4d586604856904'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'mode'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '162b4e9bc30e4f158855a50dbd6b1ca2'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_overdue_rule'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '16a788dbf3824ddd9ee3e0c8f97fde47'
                        key: {
                            sys_security_acl: '2e5a64fc998f4943a2895335cedc91f3'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '178838656395416a8b40f214498fdd9d'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1821c31ebdc44c91861abf9198ba09fe'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'event_key'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '1840bd0dcea945569ce28a44343b79e8'
                        key: {
                            name: 'x_oal_lifecycle/workbench/main'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '18b9df5c7a854af38d203eae5490932c'
                        key: {
                            document_key: '31b8f49a47d24156a5570913890c3713'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '18c874a9ab304ed3ac0c23839fcd8df8'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '190043b6f3d4484880c09f42b6a36cb2'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '191d7a53afe34a4caa58ee31cd44500d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1949cbc17eb44863be70ff3205d0473c'
                        key: {
                            document_key: '7a68a6eef6444c099a67189b1315bfda'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '19ec5455e64d4ced9b6ea2b172225b0f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '1ab955b93e1b4e12a2d758e5acac3078'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1ac036920afc4748bd6872c5d599eaae'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'customer_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1af28082881f47ad8169629b2d080d3f'
                        key: {
                            document_key: '799cc14a2a5b4df0b28fb3c6debe37ce'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b51a9dfc52a4e0a989cd0460df2c07d'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b5b8f1bfc404e88a0f121eeaf68b95c'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_value'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1b6d8f87bc9640f7ba78456a17707587'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            value: 'reactivation'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1be36fb6de194e04bb9c1d49cb6fbee4'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1ca43c6246b54841a2884c12f6f4f933'
                        key: {
                            sys_ui_form: {
                                id: 'e480dcf212cc4c82aca3bb1809e45b78'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '1cca5a9e95424e62a28836afbcd9012f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            caption: 'Targets'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1cf85a1fb6e940bf8d0321e6bc5a838f'
                        key: {
                            document_key: '6a4361b81a0f477daeff93a7a951c693'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1d0bc475f1c9442b96a586458a9deb6f'
                        key: {
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1d9bdc54756f47e2aee2ec4dd5f4aefa'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1ddd06f564ea49fab0443a3da6d47a61'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'no_change'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '1e76cdf767c5418c9fdc851a0d290a08'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '46310af4c9c4425d83813e8f8cc2d21e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1e7816bb9224447d8a382751691d9ffc'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1e800fc55852421d8a46eec2cf3217e5'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'ended_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1f41f9c5fac04e158e32660b9debda8d'
                        key: {
                            document_key: '2ec58acd0a4147b889845e60e13425fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1f9b90994cae4918bac758c450d08f16'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'action'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1fe7456218d64095af97ecb1bd86beee'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '1fec657c1c6a476abb223ff9fdc61e4b'
                        key: {
                            sys_security_acl: '0dc1b8cc2e3749248355c64188319f37'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2100eb032b8f4281a5780f154c5f8cf7'
                        key: {
                            document_key: '97eeea2711ea45008e6a086cf8c849ac'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '210a5f354caa448684189953cebad7c1'
                        key: {
                            sys_security_acl: 'da7a98f6580f4a9a908a6703d2dacfd1'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '21177e6f27df465ebe52b9d145d9572b'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '21268e8b3a6c48658eb2c96ecbd2e0ba'
                        key: {
                            sys_security_acl: '48d87a3a38a14519859e6b4dd548ba1a'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '21376c247a214206bb259a40fdfb8348'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                            value: 'in'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '21449f6a71494b3eadd1a43d9633a581'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'cursor'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2194475fb4c74b91838795fbd1f84c3c'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'account'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '22064a9dd7ef487b96fdd5fbfa5916f4'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '228828bc77534af7a426295a086fe02a'
                        key: {
                            sys_security_acl: '43c8c2b5d19d4ffea8237e52279749ce'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '22a982df8dea4b4dbdbfd95fbcd1c909'
                        key: {
                            sys_security_acl: '9bed04eb822f41bb999625906875bbbb'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '22f06e0677d449cb9c25a4fbd3bd2dfe'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '230d510378bb41fba043f0c685cafc79'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'overdue_since'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '237b50be8d614b7291eed101ec4f1ccb'
                        key: {
                            document_key: '97fc384567864b84a876423d8e67e3f3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '23de64c734834382b13100a8b9255ad3'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_event'
                            col_name_string: 'account,occurred_at,sequence'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '23df2586e0f14a17a2eae62fb501ca75'
                        deleted: true
                        key: {
                            application_file: '863472ee3c1345ffab30282d1a013094'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '241094627a8b4b6abc56351a66ed4c1f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            value: 'churn_type'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '24343a7644464b4c9b1ef7a75b2c1734'
                        key: {
                            web_service_operation: '459b50de531445fd8c83174d18305a99'
                            web_service_query_parameter: '7cdbf49b672c4e658b65ce68ff71d32d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2437dcf6dc8b4d41a88cef2de495f0f0'
                        key: {
                            document_key: 'bd937c3da2434c8ca26196c24a6f3d76'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '24eb1ca1636e46f28e9ef7fd4ae82101'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '263e443b3a6b474589aaf278ce7ee6ef'
                        key: {
                            document_key: 'abcf2754257840109b74e6644c0ca7d4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '26434e7654034ed392b4cad2cafccd56'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '273c73fad33640c3a2cbc136b413cc65'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '274c5104c2bb4593b48c26b2dccdfa85'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'cancel'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '27ea7d781b534abda3d92203aa7829ef'
                        key: {
                            document_key: '745b1c3645f34483bd838c74b3d3b525'
                            variable: '02fb0027531000109e02ddeeff7b120b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '27fba544bdc2493999e5115553a292ef'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'event_key'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '2805a22b212745fcb3a4c466c4dfc4f3'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: 'd9e05144579f43d5841d86f9341ae7e7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '28244c3e88744a08a15ed93e1faebdc0'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '286ed177e10b4ec091a9359ab5798b8d'
                        deleted: true
                        key: {
                            sys_security_acl: '2508579140e14839999d2602efda7ade'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '28f340914a0b4144b87adc0696e999f0'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '28f619d1fce64759beb5e2e5055a2ff1'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'line_item'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '28f824f4246b4cf0ad098848bceed536'
                        key: {
                            sys_security_acl: 'f754a9f0860d4de78f5d96d9a5457642'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2960f7d25f074d3a8bb7199847f14f23'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '7a68a6eef6444c099a67189b1315bfda'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2981beca85104b8897a8a2a3f06e9be4'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '29bab61e2dae474cb600a998c49c08d3'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'explanation'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '2a30c17562204e69ad5935550d7a4c5b'
                        key: {
                            name: 'x_oal_lifecycle.agent'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2a7093ff08544c4ab2673f1666c81274'
                        key: {
                            document_key: '288f212145964687a22e4bd19d346948'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '2a8177ca073842caba74b359f3ee4226'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '2a85a44c48324093bbece6e030f29be3'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2a89a34b40684eb0be3fd1bbe1731759'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_change'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '2a8aca44361543229329d8ab3de53276'
                        deleted: true
                        key: {
                            sys_security_acl: '464108fb44b046ecb27495ef0300ca91'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2aae8f2185074ebd89af0d2e7595f9e6'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'overdue_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2ae2f00d0d794c2091aeb5839e53098c'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'scope'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2af08fb5981045f58d0dd7ae85ce7cc2'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2b8dea849b15453bae428dba093e827e'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'stage_to'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2bd9c171caf445178acd529b2a4e7647'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'started_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c3c0280e2b24d9fa9a96b982d1b1341'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c9ab26c45d04bb09cceda40abc213fa'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ceebfb2751043eb8ab3d6d7cfa93c32'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '2d0f23f6384e4e039d47c76efdacafea'
                        key: {
                            application_file: 'e51d449c8f504dd2bbfb14924fed6c9c'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '2d1819e1b06942108aaba18a9474bf4a'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_stage'
                            col_name_string: 'account,started_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2d445edbd41a4623a9ba1e7c640c969e'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2d8c7f2cfbdb48ceb16b3be29713e506'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_churned_at'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2db5fce4e48f4217867ae8ee6ad10e91'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2e99e2f3bb1e45daa591db5da42c64c4'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ea5d7b27aee43b8a8ba1039cee4fc43'
                        key: {
                            document_key: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ef1fc67452147f7b9af1d853bd276e3'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2f2cb31365a14024a24b631ce8ac0801'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pinned_until'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '2f3e62fa36c24661b0b1b39fc1355d7f'
                        key: {
                            name: 'x_oal_lifecycle/workbench/main.js.map'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2ff88c5335454f318165b5e39b5bfdaa'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_stage_since'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3046e2e666ee46f8b80220d267650012'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '307517cbb230444cae697d5c34c50e49'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '30d6f61e33474594a85b2bfaf7eb7feb'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'source'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3156431b150f46bb8d860f6ad4b41339'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage_from'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '31afa68050c54856abadd1e4d3112558'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '31d4ce8a055d4bdd9d5b214e8297e90d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'resume'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '31ed6bb3db2444b7b45dc247d6d5c73e'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3216e1292f3d40809946853336ae092c'
                        key: {
                            document_key: 'c2200db84121462090e52d6316f95714'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '32413ef005b54ab39c5c6e0e9cdf0bb3'
                        key: {
                            sys_security_acl: 'f5c2bed5d9494d22ad9af2eae7bc52f2'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '329f125d3673426eb2e900c38f78e8ca'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            value: 'contraction'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '33a07db916534aa2b4847bfbb1ca5121'
                        key: {
                            document_key: '6a4361b81a0f477daeff93a7a951c693'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '344eeb618f5a4ba6ac7fa2875ab7142c'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '348ed7d93f6844be8379e672dc3ccaa1'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state_from'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '34cbe54826b7462493fbc2abb7ab6c85'
                        key: {
                            document_key: '97eeea2711ea45008e6a086cf8c849ac'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '34d8fb197b7946b18e72660a7bbd7ca2'
                        key: {
                            name: 'customer_account'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '34fddd4cb669452d8c25394105a74f3e'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '35729e9236044f5a97ac71212cf37550'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '358de344b5d14c22a8829ea9c61dd658'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35b8fe505ab347fab9fd369f55393b91'
                        key: {
                            document_key: '11c033da0de0456d961005b193bc2c0b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35d577be21554d0d8cdad7a09241bb08'
                        key: {
                            document_key: '9da15b111d6146608c414d8c78c00359'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '362631fce9684212a51a70b8bcbd49e6'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '365a71d5fac147f1bfe10ef78b538b9b'
                        key: {
                            document_key: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3696ba5553644c079597b93c93f20a74'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '36d048e014cf4189a7f3f95312c7b373'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '36d855c2780b4407888a3c5bded8b11a'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'movement'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '371fe14f5d2f40b49783ff10406f205a'
                        key: {
                            document_key: 'e69805745b294188861fcdd67291f9db'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '376b8abd89ef4e40a9e2cb6eb007ad6d'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '37dce61d311e4031bed3d0b9167acfdd'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_order'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37e4c03aa9614a8fb0e992052fafe94f'
                        key: {
                            document_key: 'abcf2754257840109b74e6644c0ca7d4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '38c7dd0641ef4ba2a0ddc2d5ea603891'
                        deleted: true
                        key: {
                            application_file: '8908e23c8320430b96e9f09893bfda05'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '38de3a7bf024452ab410a09225631724'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                            value: 'is'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '391af069e7a946ecbb7fc481d3773e61'
                        key: {
                            document_key: 'fdd17f2bad00473a9a1b240d23a3567f'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3937d3c95a3e40fe87f2e5a0605c8d7e'
                        key: {
                            document_key: '46310af4c9c4425d83813e8f8cc2d21e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '39416b54a761411b8e6cb51c94aae20a'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '39b0737f6e8145a6b2e51a5d8e9bd58f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '39cf132279eb4f3889e58eac6c9e5fc1'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '39e7c62fd3dd456088e10a7ec9ab5ad3'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3a60af5956a24b7eaf77ca4b59cffb8e'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state_to'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3a6d4e1b5dba4c4cb6764097c580cf32'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'match'
                            value: 'contains'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a7c4e318e49425e95218ecd42a88313'
                        key: {
                            document_key: '4baaa31887a24df9be120a4f9625a4dc'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b17903e05b14111aa3e8262be968b6a'
                        key: {
                            document_key: '3f540393257c439e99ac0a53d98bb2e3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3b2d11ee43d44b238990a379906b8270'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'pinned'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3b697db3a2f84712aedde13fbe535885'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3b782bc21d004f91830ad90548da74db'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ba32dce58e74278a469da93182ccbe0'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'processed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3bec55c2abb94fa389ce73ed2e299525'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3cbfb0587af148db88a514cc45449bde'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3cfe9969749d4eaba778029c1e188462'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'suspend'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '3d0a095234d84592afeb7fbac2b72ed9'
                        key: {
                            web_service_operation: 'e152f3a044994bc09368875daf71d337'
                            web_service_query_parameter: 'ecd1be3db8ae4d41bd8ce7eac83a3f47'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '3d13ff976f8a4038ba6fbb70d71d3c04'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3da96eea83704081b12e81ae474b98d2'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'condition'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3e93c754c23644cb9f4d2864340d486d'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'fdd17f2bad00473a9a1b240d23a3567f'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3e9e417a4d95446fb0a33db80639b1fc'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3f3a969c0f6b4d7b9892b4ee28f6ace2'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3f940d8dcd9441cfad09b08bdaf7f0af'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_pinned_until'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '40ea78103e1f4084a308d26a05cdf133'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'cursor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '40f0e30abb0c4aeeba9eb2c006f0d676'
                        key: {
                            document_key: '721d1fdcaa344f7fb3bbc42cb03f828d'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '417f0a6508ab49b3b8b21120da98c065'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '41c21c8539f0416e94212e340aad8f6b'
                        deleted: true
                        key: {
                            logical_table_name: 'x_oal_lifecycle_event'
                            col_name_string: 'account,occurred_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '426d2b877dbe4b20a0dce4296a396c85'
                        key: {
                            document_key: '905f87e9947c4c06b7122dbe5e11af04'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '42c560900e404a9285db10c2024b09ae'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'replay'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '431027a3077f44ec846913f9e69ae370'
                        deleted: true
                        key: {
                            sys_security_acl: '6a22bc0f1450425eaddc65d15f09664e'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '433d845d28164a969dcedef417b4cc3a'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '9da15b111d6146608c414d8c78c00359'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '43a50dca3937403f96f4cb77dcb5fd8e'
                        key: {
                            sys_security_acl: 'f76129dda43c4dbeba41f92afd00f5ab'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '43c6748e9fa3470abe56c96a73c08e62'
                        key: {
                            document_key: 'bd937c3da2434c8ca26196c24a6f3d76'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '442ebab1a5ab4044a56bb9fdce3cda7e'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '445fbccf11fd4577a972c51f68bcf6a9'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '449efb1586384588be9af86f3cbf36d2'
                        key: {
                            sys_security_acl: '67190b87bf8643658be8d680b68f5cde'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4521070970584115a0e4ad7e3fe7c9cc'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '45a5dcf93bf84d3f9c391c853b1e6ee5'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '461ec8005ada449ca46fb59b558c7f51'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4637092530f74cb190eb92fae4dc1e09'
                        key: {
                            document_key: 'e69805745b294188861fcdd67291f9db'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '465599a01b634f93ad818b79665fb666'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '468ce3ba3e114cfaa43b7ad53e88e67f'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '46954576ea424f4bbeed647d49de17f3'
                        key: {
                            document_key: '46310af4c9c4425d83813e8f8cc2d21e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '469ade7b8e7f45b18ac6a2308d0bbf8f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '46da01c6419641288994d577680645e0'
                        key: {
                            name: 'x_oal_lifecycle.admin'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '47538a2ffd704de09f9c95ff35633134'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state_since'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47f27fd6394d4c54a9ed27315777c21b'
                        key: {
                            document_key: '745b1c3645f34483bd838c74b3d3b525'
                            variable: '915990ab531000109e02ddeeff7b12f8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '487845d28dc942d3a02ce1e7e12bb26b'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'condition_value'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '48d0e88d6b074fcd847f587ca47d44bf'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '48e16b70071b49658a40d7132f08d2d6'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4901efaa3a424b11aece69d7e1ab196c'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'cancel'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '49303ca8128b4d7fb5d38b298e685851'
                        key: {
                            document_key: '98acccdacbfb4a51a369ac91828a2bff'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '495e6fdda30441a2a0ca3a5357de2199'
                        key: {
                            document_key: 'c2200db84121462090e52d6316f95714'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4a164a1c98f0424dbf60df76e1564fca'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'services_grow'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4a32e6f302b949aa93db7de3606cb4f3'
                        key: {
                            sys_security_acl: '01b239164c314329ad09855b19e40b95'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4a40d38dcb63481daa1c5d543e6812fb'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4a4171b2c0ca4ebc9068a1b6c9b619f5'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'modify'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a5209a63fed45cc945f07ebac127a1b'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'measure'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4a916593bfa04fc190ea8ea1bad115dc'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '4ad14d5b741841d3b91a942b42dfbb7d'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ae21416367943569454c0ccf2fbba5e'
                        key: {
                            document_key: '9da15b111d6146608c414d8c78c00359'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '4c0c77c4b8ca4e298b29e69604ba220c'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c0e7d2a95814c6eb7f5cf7a6f815ca3'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4cc7ef4ddecb41edbf30ad1bb514d0c6'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'changed'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4d1317e12aaa4d1b9daaa4efb2cf153a'
                        key: {
                            document_key: '8db2b58f6be64da9aeaaca5ec98e9fac'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4d2b385b0b4a40df978d5b0a02e0c6a5'
                        key: {
                            sys_security_acl: '276ad1f8afd54491a3a121403bf267d4'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '4d4ef51d978248149c486a96b86d665f'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '3f8ce4c4600f47a1b5029b1d8e7d318f'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4d9468f1a9ec41ab9cf993011e7e1083'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'movement'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4dd8d7509f9f4dfba164f5bb7c5122aa'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '4df0515f0eec4d98a87212683c3ea601'
                        key: {
                            application_file: '1840bd0dcea945569ce28a44343b79e8'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e2a234828e44932880405466ac206ca'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'log'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4e466464571d4b678d7817c26eeeb75d'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e9e384e7ec448dbb1619b0c9fdd8ba1'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4ec4f752b98645328a21e5d68e5c73ab'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'disconnect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4ed0fc553185482f8b8ff4930d991aa4'
                        key: {
                            document_key: '97fc384567864b84a876423d8e67e3f3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '4ee8e07840e44ef18cdced88c784e06b'
                        key: {
                            web_service_operation: '459b50de531445fd8c83174d18305a99'
                            web_service_query_parameter: '1d2acd69a6b84af9a7f6887f1516728b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4f0b52b6e4e140ea8559f5d2ba4e3b3c'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'as_of'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4f5e69a27d804ab0929a5274fbfadb18'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                            value: 'involuntary'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4f75e11989ff4963ad14bce3349c63f4'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4f768917bb4a46808fbe285903cf33b3'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            value: 'order_category'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '50c2debdd89c4b63803352652d2bf0d0'
                        key: {
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '50d3b5422d1a45eaaf84dd4804a24c15'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '50fd2b5d46d643798adba029fd7727df'
                        key: {
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '51142cb67308486ca332587ba7aa78d6'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'customer_account'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '51161c75650a4750bf852813b5bf50c5'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '02f5a86a7b314f77af314fa1e59f4bd2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '515abd0a388d423a982f08049026168f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'last_active_service'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '517264d4cf4a41b8bb24bb1ccc9a946a'
                        key: {
                            document_key: 'fdd17f2bad00473a9a1b240d23a3567f'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '518c69c325a2428a826114fed057ea73'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '523e3b5af1a94d0fbb3edfaed0f2f540'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'no_service_left'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '524334aab38949fca9580928e4a2f5e1'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '52e4fe73624c4413abef2b0755e4d780'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_stage'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5391900820d44bf9b3f9cbba650cf634'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_overdue_rule'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '53a77b246e9d4d988fbe9d3788dfb965'
                        key: {
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'allow_backward'
                            position: '1'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '53ae9a9c99364642a4b5790abcf84b0d'
                        key: {
                            name: 'x_oal_lifecycle_event'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '53b7a7ade4fb4229a74781828a88dd00'
                        key: {
                            sys_security_acl: '08d1a1ec3d1542c5924212c9eda80ffd'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '540b10d87e48458cad8f93de620f097f'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'condition_operator'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '548fb387031345f5a7db8911a7191261'
                        key: {
                            document_key: '8a57505e58204d8cb639b06d9397e0d5'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '552b22ed042b4aeab01fb69a5db60a2f'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_since'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '552e0bd17e27447d9207aa1d4806fa25'
                        key: {
                            document_key: '9da15b111d6146608c414d8c78c00359'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '553c503212be4272a443af7eb5847c54'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '553d784d392a41f484ff1520696f1aa4'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_rule'
                            col_name_string: 'active,action,milestone,order'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '555ececb908d40c19e8307ef57174329'
                        key: {
                            sys_security_acl: '13859d56ed244ff0a69971ed69dd0dad'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '556d3e77c279408790993a513b00a4ed'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '556da087e999418788c847a2671d69bc'
                        key: {
                            sys_security_acl: '3a7f9761d6d94f5d8679c17d235be469'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '556fe9f3351f4866bb99ebec4180341b'
                        key: {
                            document_key: '8d03639d070c445fb5216c079b4f1ad2'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '55889b255be149afa6f6830b7ddc3922'
                        deleted: true
                        key: {
                            name: 'x_oal_lifecycle/vendor-react-dom--e67c1ea0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '55c0bd58081040ad82e708fa93358e31'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '56e7a263adb94d39b2b815cf200dbaa7'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage_from'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '57b2c9fd9f17414eb9fe70fa14536ed9'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '5800df45da3a452eb24a332f4199fda1'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '580b51873a494bc3941d3d94bb51421e'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '581328af33d7462ebfe18d1af4ab9963'
                        key: {
                            document_key: '799cc14a2a5b4df0b28fb3c6debe37ce'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5996e5cb8d9a487d80117a98ce2b091f'
                        key: {
                            document_key: '35046bb288954f8a9bc328d1f07322fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '59bf4fa05a5a48e3803c06d6d9d2f674'
                        key: {
                            sys_security_acl: '73f42655a7e54052a4352689c861e768'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '59eca9b5332147e3afd69e6f48d414f8'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '59f163e193454062b831ac58235933a9'
                        key: {
                            document_key: '288f212145964687a22e4bd19d346948'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a2e5eb7c98643c2aa8674f70c338efa'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5a385d1972f04fdb9f2c27b150bda233'
                        key: {
                            document_key: '97fc384567864b84a876423d8e67e3f3'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5a80713ba5da48a2bd94f0931e7ed108'
                        key: {
                            sys_security_acl: 'dc6eab9182884f9580273002d63906cc'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b219b23a6194eac9272824737b70e8f'
                        key: {
                            document_key: '8db2b58f6be64da9aeaaca5ec98e9fac'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5b281cdff490431c827ec87850c7139a'
                        key: {
                            document_key: '7a68a6eef6444c099a67189b1315bfda'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5b5a24e3ebf645719dfe749c50b11954'
                        key: {
                            sys_security_acl: 'a4afca043b1844f6a2a8c584a520f620'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5bb17d89eea54808988b1d1f9959dd48'
                        key: {
                            sys_security_acl: '75df859b90c64b0889984babb71d33cd'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '5c05267f79804971a4361487a2063d6b'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_state'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5c23713114e647089353774db8db8b66'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5c373d5bc4594176af0c3bec2eb37a95'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'recorded_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d00d658e49f468385c50aab8a21e74a'
                        key: {
                            document_key: 'e69805745b294188861fcdd67291f9db'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5d396f55da5946559dc8fe621519debb'
                        key: {
                            document_key: 'd68f51765ac5457082956b54e4af5d93'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '5daaa7336c834b0b96b6d7a8d69061de'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '5aed5f8efc3a4143b1d4c8c6c3ceca12'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dc316c74e8e4818ade0bd25b3a7e379'
                        key: {
                            document_key: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5e4d31d1faff4646abd6f6189804ada3'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            value: 'completed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5f5029d4d5884aaaabe5d2d31f801400'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5fa7d9eef25048d8b36b13e4dbe7a2a0'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'actor'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5fb087fef421485eb7e58af82351b699'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '288f212145964687a22e4bd19d346948'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6012a62fb35441dca68c43c0df21660b'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6048d6c3ea4349a090f04d42d8ccfc87'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '60dcbd103c214c6abebbae25485128f4'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '61601673f41c4be6bce215e881482ec2'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_order'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '61f48ea2b9df429f99b80463103f5c60'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'depends_on_services'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '625970612bf048c289dac3af0014f15a'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '62681ebb94fc4316923d4f47e576826e'
                        key: {
                            sys_security_acl: '9a9d925dcd794f298f449dce7b1ae4b0'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '628af7c2877a404d83e44166cad6dd97'
                        key: {
                            document_key: '799cc14a2a5b4df0b28fb3c6debe37ce'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '62abbf56ca844d98a3822a03bdd99ae5'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'scope'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '62c8c592a5fc46a5ab8042e768af023f'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'started_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64913c8f31e54e1498e91831e4cc7631'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'line_item'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '64b26277b7874090871969a026291492'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '35046bb288954f8a9bc328d1f07322fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '64d142c3b0534b4ca9712b2482647dda'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'after_days'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '64dc3e2219924aed85858b14326784bd'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            value: 'submitted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6522820a9e824a17bac2febf709f3787'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'e69805745b294188861fcdd67291f9db'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6562d34636d148d19551563978027749'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '65c8276553b14e56b97e12b1f739cc8c'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_state'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '65cf80754aac4013836df7d73776dd32'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            caption: 'Order event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '65e248ba3a554f32bf2af551a08c39f4'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '721d1fdcaa344f7fb3bbc42cb03f828d'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '65f9dde95d734e5a85e6f4d8dd1dbe62'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '661d7ef4bb51435f905dd1d3186499e3'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'skipped'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '665c2911d2f548358b564bd85cffa264'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '8db2b58f6be64da9aeaaca5ec98e9fac'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '66962149081744f995bcc52dc4c535d3'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage_to'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6705776c055b40c3a54c4c2f7ae2685c'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'no_matching_rule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6741b6e6a12c499a95e9672745201047'
                        key: {
                            document_key: '2ec58acd0a4147b889845e60e13425fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '6747f9bbb0c4457bb19a4ba9c0302461'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'mode'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '678d3d617ecd495a80806ffcd6492c40'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'blocked_by_guard'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '67978a30b76045a6a50fbc759dd3d59a'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_change'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '679cd9d38c3944018076c620eae87e49'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'allow_backward'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '683be191a52e4e67bf3b91d9bffbe9f9'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            caption: 'Trigger'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '68807d9bd14741bb957f910780dba73a'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'actor'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '693a7ce5d8fd48008c3b8b0d3f9084a8'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6aa46c48a63f47a1aad00d46c7481e24'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_churned_at'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6bbe968b87324fed9cfb039edc176591'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                            value: 'migration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6c23633ba66b4654a49beb24a22f4426'
                        key: {
                            list_id: {
                                id: '51142cb67308486ca332587ba7aa78d6'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'current'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6c9c81276abf49779ab96e7e944e57de'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '6d61982870b94880904ccb905a8f75da'
                        key: {
                            name: 'x_oal_lifecycle_workbench.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dc7d3759109418681b4af203cc4fafc'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_due'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6df3aa0686be4f73a85ef52b4639e2e8'
                        key: {
                            document_key: 'a541c41f28fc4a06a324ca80613570a1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6e34d5afed334f9781cbb5e5a6ab8ca6'
                        key: {
                            document_key: '46310af4c9c4425d83813e8f8cc2d21e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6e5b464bcbf8432f9251901ea557692f'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6eb1cc72614f450ea639e6cf4c4ec1a5'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ee7348b34df45149ef8a899a2914aae'
                        key: {
                            document_key: '905f87e9947c4c06b7122dbe5e11af04'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6f2ec6c072c548dd9f35bba7c765d00c'
                        key: {
                            sys_security_acl: 'dcebdf770ab142b49fa5e6dc1fc2556a'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6f5042d4309c4c93a934bb527a972118'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6fb56744e7154825b05824eba8684f9d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7027e2257ad54c859de4491bd39f739f'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7076098593e543698149898b28eace17'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7076c05c19ed4c929eb388678b7c2a65'
                        key: {
                            sys_ui_action: 'a7b9f7e375064fd3bf794912b33f14c9'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '7125c2b3055a4fc6b8ebb03a59e7cec8'
                        deleted: true
                        key: {
                            application_file: '55889b255be149afa6f6830b7ddc3922'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '713adf0ce6ee4c4598b0bfb632caeece'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'resume'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '71b4d69651104d6ca0247724a7563959'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '71daaea4ad034413a329a6e7c0993e6a'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7246a94109804cac8019de4dff586234'
                        key: {
                            document_key: '98acccdacbfb4a51a369ac91828a2bff'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '72689856be0e47c2bfc42614a1966382'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                            value: 'voluntary'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '726acb64a8b24ce69c616e70bde6c827'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '72f77acf75d24c378fb690d26891e219'
                        key: {
                            sys_security_acl: '1b5e745a7d61473fa8de5a20a764eaf8'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7306f5150af64ca0b6eb0d13674688a4'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'modify'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '73725b01e73142aea8b25d25fb152c9c'
                        key: {
                            sys_security_acl: 'f9ed761087b44602849e97796f487497'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73a9a3448e4645b293dfb9833235cc73'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73d39386c6824dc1a0383cc371376b35'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'account'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '73de2fccf67c4b2bbbee68c209048caf'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_overdue_since'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '73e6840fe4c34e24849bb1f38be78452'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7444d8fa30e1478a87d177ec134ad663'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'changed'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '745b549e4ce94639b45e11610a267ce1'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '747050bb035b4e1885453f5c1b03793d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '747f6d8e661142db8fc5dd43bafc3bcd'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state_rule'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '74b6d3c653c047bfa4e816839ac333b8'
                        key: {
                            sys_security_acl: '111cea82c5de4a3abda7435a1cc15b14'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '74c75fc9f5834c0f84ee6d687cc5635d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'place'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '751a32e6fbd94744b21cfaae33640293'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state_to'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '755d735488144b2ab18cb01a2af6d701'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pinned_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75fa0255e864466daf0343a9a338e498'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_overdue_since'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '77084d6bf2114783868d3253984c54f9'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_stage_since'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7764510ccdb64b2ba9d8f3626a345022'
                        key: {
                            document_key: '35046bb288954f8a9bc328d1f07322fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '77ce6ba9abed40839daf0ec77df18556'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7807b609214f466cbecd1aa8d8a1cb1c'
                        key: {
                            sys_ui_section: {
                                id: 'e268b3ae65944a038792b43ebda3d67f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Description'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '0'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '78163cde661d4663a2e46d1f4e2044e0'
                        deleted: true
                        key: {
                            application_file: '84c2061f5ff549389c664f956ae40e25'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '783944390c2449308148d848eb52fc55'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7851676e0d1c4510b56a8d0d1f17fa8f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'schedule'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7894d9dae0104af7aee2b8beabba04d1'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '78b7ccb6af3c4826b3871278fef0b040'
                        key: {
                            document_key: '799cc14a2a5b4df0b28fb3c6debe37ce'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '78f4f72dd26044128e5ada7d1210b172'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7919eeae2d32449ba57ef4282da3ea7f'
                        deleted: true
                        key: {
                            sys_security_acl: '2be1b99298db4ae5ade36fbdcc6f2988'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7946510c850740c98c1cfe4cbeaaff18'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '798f518441b84bdfa8fde0511b66e671'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'manual'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '79c2070a58ca4813a2ba1d3d0bcbac89'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'explanation'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7a0710996d1f4115914af2eb70e1ed67'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'log'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a2b526b62904c479b0dacd706616075'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7a94e378540b4889997ba8e30d51e9b2'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'dry_run'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7abbee6da59342deb70c33d2199e2f03'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7acec93db65f46abb0949b7ca3927dff'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '7afae7fcd4f243b1aee202fd02500c62'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '58331e224c8b4d4fa1006146d37b52a4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7b3a8806410746da9dfc7dc93901821a'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7b9c3bde2f6240e48b6a31deb68c381a'
                        key: {
                            document_key: '3f540393257c439e99ac0a53d98bb2e3'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7be911380f0347fcbd2f215cf3e0f292'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7bf2028d0a694125b49bafc016f001ca'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7c1159e0403244f7a99149cd68ee0f94'
                        key: {
                            document_key: '8d03639d070c445fb5216c079b4f1ad2'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7cf4d8f9bdcf46cfacf87771117a1727'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'account_table'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '7d9289c6fa464f8d8245889d2b26a957'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '7dcb88a7049248c689c1d3cae2854f16'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7e1317220b854f858575e9faeb932e92'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e14f390df6b45b3bbcd633c617aedc4'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'measure'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e5fc56a4ef84b01af095aae02656774'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7e6689ffd5984afe879460d19c1e0b6f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7e909c45d9ee449fa59be239afc76131'
                        key: {
                            document_key: '288f212145964687a22e4bd19d346948'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ef11013eabe44f2aec43f54f5bd09df'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'started'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7f06ed234a6340c1a4a619265d85a8c1'
                        key: {
                            document_key: '58331e224c8b4d4fa1006146d37b52a4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7f2adb25701f4145a993489ed73b99f7'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pin_reason'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '7f3b634550954e8d84b4688751764096'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            caption: 'Behaviour'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '80a86267ab2844bd92af6c3eb1f4e3a4'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '80bfb59569984e47862d2c7c5ddcf8aa'
                        key: {
                            document_key: '799cc14a2a5b4df0b28fb3c6debe37ce'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '814173967814419da0db9101cdb665c3'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_overdue_rule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: '816d211496c547b7a9153a6fc675c643'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: 'b23c0c3ad9d647d68bbaf0b671906123'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '81f2bd1cef8c4df6a211feb9c7e2368b'
                        key: {
                            document_key: 'da009f08515a4774b4b99ee5ee1c5ba5'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '826c63ea8ad54969998f5651adde1f80'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '82b54ae28ed645798518fa2c7acdb704'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '8a57505e58204d8cb639b06d9397e0d5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '835730e0090a428c978f713f1a543add'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '11c033da0de0456d961005b193bc2c0b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '839f8e439fa64bf3958b7bacf6cef0b9'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '83c1976d45dd4de198b0659868007cf2'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '841f73323f194e8c8cff0b7cd2a33399'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84760d594a5e4243a7b755ae0a9f6213'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'started_at'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '84c2061f5ff549389c664f956ae40e25'
                        deleted: true
                        key: {
                            name: 'x_oal_lifecycle/vendor-react-dom--0f7bb217'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '84f45ec92f5943b78498bd392d325a52'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '852eac054de14d8a85aeeda21fb0567a'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '85404603916f4323ba7a2cdbc78168d9'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_value'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '8548621c7de449a39cf615df9a933410'
                        key: {
                            role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                            contains: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '863472ee3c1345ffab30282d1a013094'
                        deleted: true
                        key: {
                            name: 'x_oal_lifecycle/vendor-react-dom--0f7bb217.js.map'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '863a551d7d824eb79f0893a290b9177f'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '86a6c34bfd964206b2bb9e4d59389187'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '873d214069ed4b928dd19c2a465e1bac'
                        key: {
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8771cd52501340bb8f0120f9eb027a70'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action_reason'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '878bea7b92594eab979a6328b97c2f15'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'recorded_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '87cfc54cf2d84ed18b154bb8fdaf91cb'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'opened_by'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8850f8683d7447d7acacddeec54efade'
                        key: {
                            document_key: '7a68a6eef6444c099a67189b1315bfda'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '88a08cad13ac4774bfdf01ba7126fe83'
                        key: {
                            sys_security_acl: '9a523cd14d0344e09094c607577a7a3c'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '88a2032714234c528d371f9e960138e1'
                        key: {
                            document_key: '97eeea2711ea45008e6a086cf8c849ac'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: '8908e23c8320430b96e9f09893bfda05'
                        deleted: true
                        key: {
                            name: 'x_oal_lifecycle/vendor-react-dom--e67c1ea0.js.map'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '89568058a9bf4650afff5139b03b750c'
                        key: {
                            sys_security_acl: 'b1e4170a189141a780621f71900fe302'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '89597a859f0a442b9fed1181be1ca527'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'heartbeat'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8985c05f8e824d4ab11cb3e6a65a7aa1'
                        deleted: true
                        key: {
                            sys_security_acl: 'ad49d3b713aa465dbd978dd01423c690'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '899d5eecd4f34cdb8b069af5f0ac81e9'
                        key: {
                            document_key: '8db2b58f6be64da9aeaaca5ec98e9fac'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '89b71bd248fb412cb5aa58bf200615c5'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '89d2f436be584ba9aba14cc336d38280'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_stage'
                            col_name_string: 'account,current'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8a54ec5cb56f41a48544da234d112fc9'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8aba2842eb9a43d1b89ca3afd4552b89'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'sequence'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8b1dfd29e938438c977f2bc8b94afc37'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'started_at'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '8b4cfeb9507b43889342aebb7b7f24a3'
                        key: {
                            sys_ui_form: {
                                id: '937a36a26e6045fba92c2874604b11d0'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8b5be552c0804d45ac5859b08ec777aa'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage_to'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8b74f29f69144f4b97c8d4f97bde7477'
                        key: {
                            document_key: '2ec58acd0a4147b889845e60e13425fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8bcbe03a8a6c40c9837d738c7de89aee'
                        key: {
                            document_key: '721d1fdcaa344f7fb3bbc42cb03f828d'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8c2c3326bd9242769382b3ccf40e0950'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'total'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8c3c0d20c1064c00a2fffc8b221c9360'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'current'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8c42fc1e567d432d93d88356688d70df'
                        key: {
                            document_key: '8a57505e58204d8cb639b06d9397e0d5'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '8c876839d2c84c71b51d0e99d82b3147'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8d7efe4270f54e51b9d0516ec43bae3d'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'number'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8d9ff0a513414977b49e1bf1e969e077'
                        key: {
                            name: 'customer_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8db420bd3acb45ddaff44179e20dd7ac'
                        key: {
                            document_key: '6a4361b81a0f477daeff93a7a951c693'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8dea6cf96e8a4fefaf020399db6622c7'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8eb2447f377c43299694044ca6f81e60'
                        key: {
                            sys_security_acl: '97fd558a0fc240e48c687efc75b29eb3'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8f7ffb43119b4ee4a8f3da5e9085d593'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'measure'
                            value: 'stage'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8fe46763430049708608b28f92f64305'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'processed'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9021433cf3d34c2a938f7ab590faa076'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            value: 'rejected'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '911e0a468c5b4ec196228c5e5cf9b42b'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'stop_processing'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '913c821e54fe443d816a0f4a3defec6e'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '919ea469face41d0bad21049f6d8d273'
                        key: {
                            sys_security_acl: '71b2d133d6174b07a7387e5b52a27092'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '91aa120758a44166bd462d6fa0e72186'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '91ea1c5871c1443284c01c2fe2e9b50a'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'condition'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9209720525f6499d873c760f572346a3'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'first_order'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '9260c3b7856f45e4935d9fd28edb9c72'
                        key: {
                            endpoint: 'x_oal_lifecycle_workbench.do'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '92e88e578c7b49e2a195393e60c7e6b3'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '93032cc5f774423eba50e952e61cd5ce'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            value: 'channel'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9308804547fb4c3cacbef098951885d2'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '934ffe9caf2a4995a24548ebe5118f49'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'explanation'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '936db9accb184c83919203e43bb69b1b'
                        deleted: true
                        key: {
                            sys_security_acl: 'e8b7a9e1dbe44fffa7636c72840a1e09'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '937a36a26e6045fba92c2874604b11d0'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '942434ba944a4bb0bd24ce1387540a9c'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '94b40f57b5674bd886d2193dcf5c5003'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '94e266fcc0734b6099ac01d7600bce4c'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage_since'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9535c5ca17024814ba22d7ad8e121425'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '954726a9af8b49aa8899d99e8dccc2c1'
                        key: {
                            document_key: '88a68ffaaf374e3782d8d9ea60c2d336'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '95e57389f1a0493f8e1c281e1748cfa1'
                        key: {
                            sys_security_acl: '0013d49ab36f4d178c123eb5418a096d'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96892aeee5e04285817752a32c4088df'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '96abd9d4185a41aea55f08754c12f284'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '96b31243cc7f4474a4d4cf4aa56a118b'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96ecc50ecb874ce59f15893ac830460e'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            value: 'churn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9751a89ee6004822817f08d04e55088b'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '97c286f5341d4b82a5fd7d0d9ad85e3a'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '98050bf8b3e34a7fa75d5af9f797c1cc'
                        key: {
                            list_id: {
                                id: '51142cb67308486ca332587ba7aa78d6'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '988185167b434a909207870256a7b4fd'
                        key: {
                            document_key: 'abcf2754257840109b74e6644c0ca7d4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '988a02d80f0c4b148a02c6e6d22c57a9'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99af27ce471048a18c4556be95f3075a'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '99af41c5c4af415a8e894d99352c8e29'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'finished'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '99cf0cc0884e4204a59a17b17a2db51d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            value: 'completed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '99ed3abc03ab47caa5f5ba11960582ce'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9a1aa76e078a4ee7ae5e8bfee02c703d'
                        key: {
                            sys_security_acl: '4bcf8807378b49cb94d370a07fd6a08a'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9a1f62b272ae422fa63d6c687e1e1dfc'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'sequence'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9a5a2b208898488b9d52883acd08ea38'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            value: 'product_offering'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9aa8c06b78604121abfa7c403f213f1b'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duration'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9b5c5c56afc94d8db12c503740dc03eb'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_state_since'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9b77c678f5924288b790dc0317ac8ac0'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'allow_backward'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9b817ea85ae34d23b72b0a4176fca738'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c095213f9db4ce5bd9f8310a1e51cbc'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'explanation'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d09a145965e4c6e97cdadf9c6d2d735'
                        key: {
                            document_key: '58331e224c8b4d4fa1006146d37b52a4'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9d4e2268b2c64229b4caa7c18a6ef69b'
                        key: {
                            sys_security_acl: '7942881965e14c64a11dac23b3125ffa'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9d738aa081c94c4991309d36164c98f2'
                        key: {
                            sys_security_acl: '883d4b4c21f545729c076545807719b6'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9dfb2267b9fb400b8acf514776a108ca'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '9e87058c6b4c416fb7c8b0603dd99d36'
                        key: {
                            list_id: {
                                id: '51142cb67308486ca332587ba7aa78d6'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '9ed806aa1a3e43a4abf05348777b8d89'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: '9f0f0e82990e42eaa9921e313a00c789'
                        deleted: true
                        key: {
                            application_file: '55889b255be149afa6f6830b7ddc3922'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9f38d691ef5348d3885742350701a4f0'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'as_of'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact'
                        id: '9f39698e7f7f42d2a72516bb2fcddac6'
                        key: {
                            name: 'x_oal_lifecycle_timeline.do - BYOUI Files'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fa19d80c6d14c8dbb292aa4591a0c92'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'mode'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fa2d639f9ac421f8dc079eadff9a326'
                        key: {
                            document_key: '98acccdacbfb4a51a369ac91828a2bff'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9fb5530466d84ce98873795464332851'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'occurred_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '9ff33459bb9e4581ac36ae8d36a174db'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            caption: 'Outcome'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a034d0cba17c452889f9b0ddb8e0a94b'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a0a6d4c2a9ec41c6927daaba1b74da4f'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'state_to'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a1d250b6e9c54aeea1b03a7e5bcedf05'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2d7de0d307547eda52f40b1b57057d0'
                        key: {
                            document_key: '58331e224c8b4d4fa1006146d37b52a4'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a2de70ed86794a3e8f92725fe0afa804'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'current'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3e015f8436746918e6629671badc909'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a41ba392ebf94a50a4b1b261ee3ca755'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a489fa9928dc40408e0d6f28f64b2b46'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6b3a07cf9e04718b3ad4844199fa612'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a6e12bdfb8884fc99a1b5667c4789b27'
                        key: {
                            document_key: 'a541c41f28fc4a06a324ca80613570a1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a78094fafe6c42238f7e31f3f9bd55f7'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a8a52fc1caad42c4bfe43a66e99a06e4'
                        key: {
                            document_key: '11c033da0de0456d961005b193bc2c0b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a8e9060d2ed143f58f8466491c5aa823'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'a9004463b7f242849b7ec86bb014ea26'
                        key: {
                            web_service_operation: '459b50de531445fd8c83174d18305a99'
                            web_service_query_parameter: 'a879ddde8f53458296fae9bb39129d37'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a930b8b01e6e4f82833b1761c785e91c'
                        key: {
                            document_key: '8d03639d070c445fb5216c079b4f1ad2'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a95ae27077374355b162044db0b0bad7'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a96b82dc5e9345cf92400a329c1c3e94'
                        key: {
                            sys_security_acl: 'ede2f7fa261a416eb8f42eef29fcb71f'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a9d18b855ad04809a6cb2ca1b33235fb'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a9dc986a09a84bb19b0b8312bde66d2f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aa3685e926c5442ba1ec4da7859d2c44'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'aa370e2e332e4bf4860a123465b41506'
                        key: {
                            name: 'x_oal_lifecycle/timeline/main.js.map'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ab01ad062dde4a1188f340764f075ba4'
                        key: {
                            sys_security_acl: '33f071ca2daa45e9acc5dbfd8b873fc9'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ab022ba0eb4f48e88fd1caa4719e86ac'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                            value: 'not_in'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ab1e5b2a50d54f32aa7d136f16a31662'
                        key: {
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aba5494fbf734ba4b3845cff0a9ae9a3'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac213ea37b094822b23f7f5c21367249'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'errors'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac612d102d044024a3d6ce6b792f6409'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'acaa538a19b2448faf71909ecda085f9'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acdf443a44234cbeb0e5366224e4f322'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ace84fe34b5248ab89ecc0815b1c4b57'
                        key: {
                            document_key: 'bd937c3da2434c8ca26196c24a6f3d76'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad3f0e56b7b24af38ce4c5b4b790d7e7'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ad4756031d7544b696ef7cc8228d8438'
                        key: {
                            document_key: '31b8f49a47d24156a5570913890c3713'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'adaf6bcc8123408d8979730e342f2dbe'
                        key: {
                            sys_security_acl: '0a89b865e1ff438b9817ea29b9e440ce'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ade311aa680840fdb2b7be298a75e988'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_due'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ae2fba6a908c46edbeb61104cd5b7a2c'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ae5ea7f2d6e64c7db22a558b95a5d2b9'
                        key: {
                            name: 'x_oal_lifecycle_event'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ae7d3f522d114df8ae2dd07b2231588e'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'started'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ae8bafa437114acb9d1fc4a630111bd3'
                        key: {
                            document_key: '3f540393257c439e99ac0a53d98bb2e3'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'ae90a7f0c1dd44ce842acf9370817545'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'aeced50230944760bdcd58b140833104'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'af1343bea08844509f9b5c06c53234bd'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'movement'
                            value: 'new'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'af3b1063b55b45908a6b96e747af11c1'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'af43c2c21819431d92dc634f469a9847'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'line_item'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'af7a75301a314acc9affea66634c8299'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'prospect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_view'
                        id: 'afb137c84c73438991fd5d4dce4478bb'
                        key: {
                            name: 'x_oal_lifecycle'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'afd036f504b3422d9bc303dbf063d082'
                        key: {
                            sys_ui_form: {
                                id: '84f45ec92f5943b78498bd392d325a52'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'afe83801bc5044d3adcb29aeded6a784'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'afea718b8bcc45908fdf9e5137c8412f'
                        key: {
                            document_key: '288f212145964687a22e4bd19d346948'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b0bc31456a9a49798765b637e25b71ec'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'measure'
                            value: 'state'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b0ec2633a41246709fc0adfca16f3f6c'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b0ff740746d24d5b95f9cdf17fa3d003'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pin_reason'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b12bb40d9ecb427480ef771013e18705'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'milestone'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b13387fe213e40e7aa461d01f52fce3b'
                        key: {
                            document_key: '4baaa31887a24df9be120a4f9625a4dc'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b184271cee3c411c8cf3053db4dd13f6'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b19f64f71f564bf2a0023829e95c773b'
                        key: {
                            document_key: '11c033da0de0456d961005b193bc2c0b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b1a6106fd4aa48729e374c8ec5a71101'
                        key: {
                            document_key: '35046bb288954f8a9bc328d1f07322fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b1f2389ad900447ca9db4b8c38626ad2'
                        key: {
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b27a2b4c0b0f4a0fad8bbf8f7ec67856'
                        key: {
                            document_key: 'a541c41f28fc4a06a324ca80613570a1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b29398d6c289427a9ebaeb9d0b3f7657'
                        key: {
                            document_key: 'a541c41f28fc4a06a324ca80613570a1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b29affd478c34fff89e3749e22d4c6cc'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3145dd3b64f4ea08eb44c5540f128bf'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b3388b2af874402692af89104f6f321f'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_change'
                            value: 'suspension'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b37129c9516840a9ab5d974b3dc565f9'
                        key: {
                            document_key: '98acccdacbfb4a51a369ac91828a2bff'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b3c60fab85814733b9431085fdf517b8'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'depends_on_services'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'b3eec9c76d34406b8ec97d698b283fe0'
                        key: {
                            sys_security_acl: 'c04fd37b5042405bb8f859910ac0607c'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b3f16942bba1487eb416b129d196e6ab'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b4f98629b1a8406c99e20343c22f8576'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b4fae141e91440dda38e8816b9a697f3'
                        key: {
                            list_id: {
                                id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'x_oal_lifecycle_pending_due'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b54349d722ad411eb5591f6a640d0095'
                        key: {
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b57b5f585cb24f8c86af1f3b9699870f'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b619df787bc74bafba280aca801268af'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'from_state'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'b6693070294546fabc4707998f486679'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '6a4361b81a0f477daeff93a7a951c693'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6a8dcd8bfba4e60b1a184eba1c07e7d'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_overdue_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b6df3a808fb44fffa597bc03a5b816fb'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'stage'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b77d967e15b441d5adc1cabad25901ab'
                        key: {
                            document_key: '8db2b58f6be64da9aeaaca5ec98e9fac'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b7a361a9f80c4768a73178bf0d56cb34'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            value: 'in_progress'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'b8607dda202942329bc2fd958cccc7c9'
                        key: {
                            name: 'customer_account'
                            caption: 'Lifecycle'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'b8634d00be1c4ec3ba8c075bc92d97d5'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b8908d2ed2344324ab83e5b6b6a00d83'
                        key: {
                            name: 'customer_account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b92d900775c54a86a30c583380e5706f'
                        key: {
                            document_key: '88a68ffaaf374e3782d8d9ea60c2d336'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b93fe7cec1e343b2ba3a63ed2d24be86'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'milestone'
                            value: 'canceled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b9f310dd054f455e978e33dfb52c1b87'
                        key: {
                            document_key: '58331e224c8b4d4fa1006146d37b52a4'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ba31bdaa88e6441cbc0fbf034708440a'
                        key: {
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ba5c746ab5cb4e0f8d8529bbcd5f7585'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ba6ac5c59acc43a0988d7abaed12f8d8'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'ba6c16e66edd4ed890aa029aef690cb4'
                        key: {
                            application_file: '9260c3b7856f45e4935d9fd28edb9c72'
                            source_artifact: '6d61982870b94880904ccb905a8f75da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ba906a55e59d4eb1b5b343faa0870f80'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                            value: 'is_not'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bb0bb4dc1c4549d2a78c59b3d3402a3c'
                        key: {
                            document_key: '745b1c3645f34483bd838c74b3d3b525'
                            variable: '78b8d86b531000109e02ddeeff7b12f3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bb5f33cc41bd4e3e966f55d96e27f2e5'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stop_processing'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bb65e6a505c24b98ad69fe63f3a97ba7'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_churned_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bc71513d19504e069b3d8d0aec52970d'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd163c5886d940ed9481c838b5ec771e'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'errors'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bd5b5a2faeaf4c9da8e6c09e7ced7c63'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bd88600549a54d09bb20dfcca2c813b0'
                        key: {
                            sys_security_acl: 'd12013706cdb4ebe895a5a3f17d5c423'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bd9a38e6a90044a4b05f1b1e5b41e875'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'actor'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bdc0a23f16134b8b95bd8bb4ac4fe5ed'
                        key: {
                            document_key: '97fc384567864b84a876423d8e67e3f3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'be2cf080425c4dbda44720ef35f9d8a4'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bf1cd95f7a304f7d9ca1745d37a3bd4f'
                        key: {
                            sys_security_acl: 'ce2357972d234b20adb40ec915282283'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'bf746305a2fa43119758f960b51707cd'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_rule'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'bfe931cbd28f4f2f93a1683b6f726244'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '31b8f49a47d24156a5570913890c3713'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c028ae89688249f8bb8fcbf2ac7a99b7'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'applied'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: 'c0bfb4f6fa1c4fefa909efde3219322c'
                        key: {
                            endpoint: 'x_oal_lifecycle_timeline.do'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0d888650e0f4428b03ad8596d7f51bd'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c159603047cf4e76a7c2f7a66a6940a3'
                        key: {
                            document_key: '4baaa31887a24df9be120a4f9625a4dc'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c1aaec93bc224ebc8748e4b000285802'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c1b5b2fe70494f1ab5ee27d9202245a6'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'action'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c1d0c4406ef34668a55da72d4600612f'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c1dec1980ff94c57a84b1ff6210bd3f8'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c22e87eaabf0431c89d0bc636e7d6e9a'
                        key: {
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_overdue_since'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c2bb77854138447987800025b3d73b42'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'match'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c2cddf3201f1476bb00334a9df92965b'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_state_since'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c354366ca50a40778f4f8c451d17aa22'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'c3798b2b60574bc9ab1f51aafe574a72'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '9ddbc710f7f345c2bab4c2df595e73bd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c3bed1c6e7a146a4919a6cc1a817edf0'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c3dffb5fbfbf484294346d2fe788a1be'
                        key: {
                            sys_ui_section: {
                                id: '7f3b634550954e8d84b4688751764096'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Behaviour'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stop_processing'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c473ada4263f45e88be481413d3980c3'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c4d4dd7c8dca4e6cbcedc7576121bbff'
                        key: {
                            document_key: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c4f9c6c941af4871bfea21d26f8dc935'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c568dbafcb6d47ef866319f07cc80b3a'
                        key: {
                            document_key: 'd68f51765ac5457082956b54e4af5d93'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c5ab870d84e94c2f8d80dfc6fe2d2640'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'opened_by'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5cba2f4a39041c3b0aa956d5eb22ac6'
                        key: {
                            document_key: '8d03639d070c445fb5216c079b4f1ad2'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c5d2ef940c844917973084eb1ec4da9e'
                        key: {
                            document_key: 'c2200db84121462090e52d6316f95714'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c6457b5e53aa40f3a7f3f1e2f959da94'
                        key: {
                            sys_security_acl: '0b30be507fb84e1092d45145100404f9'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c64b8df261ce447e84a06e862534c482'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c66f879fe111410e883c159ce6c367b9'
                        key: {
                            list_id: {
                                id: '51142cb67308486ca332587ba7aa78d6'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'started_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c6bdb9ba9785400c9ade9b2da62e55eb'
                        key: {
                            sys_security_acl: '34a2c042138e48328611f1261ee1b22b'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c738f75d92a946df8c4c75c844bfdf8a'
                        key: {
                            document_key: 'e69805745b294188861fcdd67291f9db'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'c73d818791fb46f7a69d9ae9c96ec2db'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '7f5ced87a9124b59aa7a1f428a8531f7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c77e041977334567afbe8682a681f3cf'
                        key: {
                            document_key: '288f212145964687a22e4bd19d346948'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c7acab5a78a0470182b28a21740d4836'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c7ba2fad063549a9aa9978a25a7cbbb9'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_stage'
                            value: 'adoption'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c7c9e0b5803d475394d6b29209a2bf08'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7e1c654774346048c18ff973d471f1b'
                        key: {
                            document_key: '46310af4c9c4425d83813e8f8cc2d21e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c84bb6bdbb2246deb7e2dc8cf19eb479'
                        key: {
                            sys_security_acl: '7aeccc8a4124409c8b09ff2f9f6c69f4'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c850022ec32e430fa1de0ddd61544f13'
                        key: {
                            sys_security_acl: '5fda43f56b584524b6b043baacf7704b'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c894401414dc4ac7ac64823f393e6e0c'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c8f2e94b41ee427f9890d46ab35e88cb'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'c92348291ada4a48b705fa161b66b206'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c95c3cc3305b4a1eaf0cc39738f0e953'
                        key: {
                            sys_security_acl: '80f3b9bc99af4f12ad70ab7cfc06b002'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c9c66ae589de471cb0b510c1e2d62fcd'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'order'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ca287e08deb0483a8c570739ee8462ec'
                        key: {
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cafa3f2380b84899a66f2a424f434349'
                        key: {
                            document_key: '905f87e9947c4c06b7122dbe5e11af04'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cb32300b1c4d45e09faa383135a9e567'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cb3cf2c7bcbd4e339459274040b4e324'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'ended_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cb43c2f4d9134cec8b671e09a2b3608b'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'da009f08515a4774b4b99ee5ee1c5ba5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cc779296663449e790b5baa4a5e76c71'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'account_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cd0885bda2a74ccc99d634f9679ff711'
                        key: {
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'x_oal_lifecycle_pin_reason'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cd3e105a8b7d4bff8c06cdab3bd3e9a2'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'cdacf4f78c894ca2beddabc38684f279'
                        key: {
                            sys_security_acl: '7f3a45f324104ceea58c68e2074011f4'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce21c35b7245484089e6b46ce9b7b355'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_change'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce4f8aeaae384f458873f078c4457572'
                        key: {
                            document_key: '31b8f49a47d24156a5570913890c3713'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ce72f3dac60b43b0ac0a8c3627ab546f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_field'
                            value: 'action_reason'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cece4d2f9ccc471cb45b324f0be2e100'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                            value: 'other'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfbeea06cc104fda8b8796b19f373914'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd015c8f3c751438c9a1a5791c48be5c5'
                        key: {
                            name: 'customer_account'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd021d5f484d24c37b45204a42855797f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd0e3843a0aaa4667bfdecd30c80de496'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            value: 'canceled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd12d625889a34a1685e8c75d426fe585'
                        key: {
                            document_key: '8db2b58f6be64da9aeaaca5ec98e9fac'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd140905180ac48ce8b7375fc3a1e93ea'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd1a71c6c8ec3409aaccfa2af189efb9b'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'suspend'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd1dce67ead204b8ab4899be726055f66'
                        key: {
                            sys_ui_form: {
                                id: 'e480dcf212cc4c82aca3bb1809e45b78'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd1fc8c28ae274658bca2c3ca3a799759'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                            value: 'other'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd2587e18860641ea9c2027f8ab093f51'
                        key: {
                            document_key: '8a57505e58204d8cb639b06d9397e0d5'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd2940c88543f4d83901f14139cf91c98'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd299005064844233a7d7b4d18d3bda07'
                        key: {
                            document_key: 'bd937c3da2434c8ca26196c24a6f3d76'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd31900d9da474332a3acd1d342991b6b'
                        key: {
                            document_key: 'db6ee3bdab4245c4a20137f2d2f8ed90'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'd31af3bbf09e45d99510e44126d18d28'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_event'
                            col_name_string: 'event_key'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd40ac902e27f4cf7a0b5d60f71d09960'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_rule'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd431f922ab4b47f9bad8fa8e4aede94d'
                        key: {
                            sys_ui_section: {
                                id: '65cf80754aac4013836df7d73776dd32'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Order event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd438bd5181784ab3bfa6859a5da6ef5c'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd44df246ae1f46308d3d443debc034a6'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_stage'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd450825625bd4dddba78d660448850fa'
                        key: {
                            sys_security_acl: '61e5637edd8c4b08a5c42719cee8dc0f'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd45291bf1a2747f086d40279fc0064e4'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd460b9adf6a647d1b9b36e5462ba9573'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'duration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd4d1635ac8c3470c832d30475a87e2e2'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd4d769d86a1c48aa82663832cd00a248'
                        key: {
                            sys_security_acl: '423089d4beac4777af64f91f57c9e90f'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd4fa240cf02c45d0b6dd4cab162cbdd5'
                        key: {
                            document_key: 'e69805745b294188861fcdd67291f9db'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd57787b67c1940bdb63dbe3c6e35bbf3'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd5e178ab73fe4e0aa71fa14b34c020a5'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_change'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd5f610ad831f4ef193e6a3b2b445b26d'
                        key: {
                            list_id: {
                                id: '51142cb67308486ca332587ba7aa78d6'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'ended_at'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'd645d851071a4d8e89b98c8a7697f553'
                        key: {
                            web_service_operation: '459b50de531445fd8c83174d18305a99'
                            web_service_query_parameter: 'b22e96c4591744a2bc7a074a570392c0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd6734e6792a1460d90ec8bb3cfbb0d7e'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            value: 'expansion'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd6770c8304914e9597378f83a95d6cf6'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd6efd60f08d04907a0dc21c97910f2ae'
                        key: {
                            document_key: '91b98bc56b294d7ea619ed92cccfe61b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd6f5d76879444a108f7192a27f3707ba'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd713e098f2d247569063831619d4d3b2'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd715254e1f184a70a0730f4f252444b1'
                        key: {
                            document_key: 'da009f08515a4774b4b99ee5ee1c5ba5'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd72be4c922e9478bac20dd0845fb9c69'
                        key: {
                            sys_security_acl: '811614935198424ea554d1f7af93a80e'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd74c9e16ef6b4f0582701f25c04a7a95'
                        key: {
                            sys_ui_form: {
                                id: '84f45ec92f5943b78498bd392d325a52'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd77845db84fb47179fdb080b11aff5dc'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'd7d6312ba0d240b29cf0f73963d2d1e0'
                        deleted: true
                        key: {
                            application_file: '863472ee3c1345ffab30282d1a013094'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd81bf102e827470caa948289204611a9'
                        key: {
                            document_key: 'c2200db84121462090e52d6316f95714'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd83bf1cbe94e47f48795f43e405d5301'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                            value: 'submitted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'd92d7d5d1dfc4ee3abe767fd82443313'
                        key: {
                            sys_ui_form: {
                                id: '34d8fb197b7946b18e72660a7bbd7ca2'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e4f58481508c4459992181e775a48600'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Signals'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd99751084a0d47468f3494096774e6e6'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd9b53196857f45b587cf724be32bfe40'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_to'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd9be4aa35b7343a6bd24622dd8342234'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd9d877aa91e2467c95a1a5fdd0dd8301'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'da19281fdb1c41e2bbc2ded8e07edcd2'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'da4110401f5b4564b8b8bb25c88a3407'
                        key: {
                            sys_security_acl: 'f3925d093d704a05a641f4d8b2dc679d'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'da62a5b146524695a9e48530a8fd59d1'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'daf7adf0cc3845abae6b812e98ba9f52'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'db048f8bc5044d1ea13fb9ad38486e58'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '88a68ffaaf374e3782d8d9ea60c2d336'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'db3f58dd46ac4eef9e6ca521425acdeb'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'inactive'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'db66f712aca7415c922593537caba14a'
                        deleted: true
                        key: {
                            sys_security_acl: '543c10d5488141bc8a50b8b0e368ff2a'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'db733e70453e4a9b8b6bce029fb32199'
                        key: {
                            sys_security_acl: 'e8e80c8df8ac4531ad9dc4348da27079'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcebc4b83a8043a4918362fe37d41f8f'
                        key: {
                            document_key: '46310af4c9c4425d83813e8f8cc2d21e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dcf35493d5b143349b3a9f1485a3a8dd'
                        key: {
                            document_key: '905f87e9947c4c06b7122dbe5e11af04'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ddcde816836a416ca1981b1de2fabc35'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'ddcfda07436d45eaa2a6f4453ff8c502'
                        key: {
                            sys_security_acl: '09044bdcc61a4203a29de3df984b3f6a'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de871d71d74c4c0f8369ee621ded4336'
                        key: {
                            document_key: '98acccdacbfb4a51a369ac91828a2bff'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'de8bb1f40b46453ea8b397bf6226cd03'
                        key: {
                            document_key: 'd68f51765ac5457082956b54e4af5d93'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dec2b1a362a24fbe8ab242d9f5c4989f'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dec8950872f049eca65ae4c14f6f3cb3'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state_from'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'df1aa686224d4360bf2abe09c3e3acff'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'match'
                            value: 'exact'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'df9a73dbb2844ae69fd8a875f528c3a1'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e07f1096737a41a38bb5c7567cc17dba'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'in_state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0bd29b5950e4552a81d324a1e6f1d01'
                        key: {
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e0d53b3a42e546429ab06d9e65d41d5e'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'mode'
                            value: 'apply'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e0f2736514b04c2abbcb5ff26c4fe75d'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_to'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e1abb274a99a409eb3e4389c554754a6'
                        key: {
                            document_key: '31b8f49a47d24156a5570913890c3713'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e1e01d436bd345568aa8143cb8dbee1c'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            caption: 'Signals'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'e1ef591e4c6d4232accc2e782341cc4c'
                        key: {
                            sys_ui_form: {
                                id: 'e480dcf212cc4c82aca3bb1809e45b78'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e2462c0945984d7ca45639aff73f62b8'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'recheck'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'e2496d08e87947a3a1f8700adafae9f5'
                        key: {
                            application_file: 'aa370e2e332e4bf4860a123465b41506'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e25b1071a6fb494fa5078619aaadae74'
                        key: {
                            document_key: '9da15b111d6146608c414d8c78c00359'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e268b3ae65944a038792b43ebda3d67f'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            caption: 'Description'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e29c72689b4e4f10a76b8040a0744790'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e2a46338d0ed4629a5c2c2864c07f910'
                        key: {
                            name: 'customer_account'
                            caption: 'Account'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e2bee5f3a484481180b2f3c75a96be7a'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'finished'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e2c1693f6b184a9f9d143964cc61fb61'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'ended_at'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e2cce49395f449d39a9db90dbd1c79d4'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_change'
                            value: 'churn'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e2ee8d4baf3a4d4282f67f5aec7c8a14'
                        key: {
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_state'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e322b72bef26442e98137c3c7ab1335d'
                        deleted: true
                        key: {
                            sys_security_acl: '430ffb9ff12646a08d598f3bb17b91cc'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e33724e7ba0e4fa5817888722bd0f942'
                        key: {
                            document_key: '3f540393257c439e99ac0a53d98bb2e3'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e349d37376104b899d2b0006dc1af0af'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e34b5272f4214e8da0903c12e32bdc3d'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'condition_operator'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e35d1acee3234b139de6542c66cfed30'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e3686a2f85324293b1426fc18815ab83'
                        key: {
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e401383dbd6e498389d2e802ec9912e9'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'current'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e430f461d0f442f6ad7c028363c4dd75'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'rollup'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'e480dcf212cc4c82aca3bb1809e45b78'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e4f58481508c4459992181e775a48600'
                        key: {
                            name: 'customer_account'
                            caption: 'Signals'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e508a2fe81274e67ae1465ac03a2202f'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ux_lib_asset'
                        id: 'e51d449c8f504dd2bbfb14924fed6c9c'
                        key: {
                            name: 'x_oal_lifecycle/timeline/main'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e539983b751143c48d09b4a2d36cd3d0'
                        key: {
                            document_key: '721d1fdcaa344f7fb3bbc42cb03f828d'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'e5beb2e7847041f79e2d06a5ae8d0b9e'
                        key: {
                            sys_ui_form: {
                                id: '34d8fb197b7946b18e72660a7bbd7ca2'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'b8607dda202942329bc2fd958cccc7c9'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Lifecycle'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e638533887204c6b90701600b058a6d9'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                            value: 'completed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e64e46a85f104f479a9a27d890547746'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                            value: 'monitoring'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ws_query_parameter_map'
                        id: 'e65494737156490da5999e1e50e4d3f8'
                        key: {
                            web_service_operation: '8e178caf85d1418abf797dd5a8dc6ba7'
                            web_service_query_parameter: '9e08cd832cbe4327ac2c8d4b1236a460'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e677ed26474849d08be2cb8356e28dce'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_rule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e6c1af6c613f43b098d29d44f00916b5'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'mode'
                            value: 'dry_run'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e78742a9c2864152b8279e8fbb97b794'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e7c33f9f39a648f9ab188ced8f141ad7'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'stage'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e880da605892447095ef6a58dac094ab'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_due'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e8c18f05a2394d0b83ffd0cd88037796'
                        key: {
                            sys_ui_section: {
                                id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    caption: 'Stage period'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'current'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e8fb4efbd8a84e36b629b6495ed6d161'
                        key: {
                            document_key: '8a57505e58204d8cb639b06d9397e0d5'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e8fe24f543364807ac821b3cf05b1867'
                        key: {
                            sys_security_acl: '95e9d63d70c94ed3943c9655af75bd69'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e91b79b279694873b7dbd15fd33c6f2d'
                        key: {
                            sys_security_acl: 'd9b5b4519855408095fc1bf09e2143cc'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e925725fc5c747859e5d3b212d9b01d2'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9413ec3c711450bae145d131aeba540'
                        key: {
                            document_key: '88a68ffaaf374e3782d8d9ea60c2d336'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'e9abbda1467a4ae989855a427a8d4963'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e9d71578b3b64e2d8e06958be9ef5f71'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'stage_from'
                            value: 'engagement'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ea14ee26945a4ede8152a2d843d8946b'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_rule'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea2d8ea05c134654ac17d91916ff586c'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pending_since'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ea49965e09494732a58110fef8da106e'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'eaf1c44ef25142c7932f4293f8f5d553'
                        key: {
                            sys_ui_form: {
                                id: '34d8fb197b7946b18e72660a7bbd7ca2'
                                key: {
                                    name: 'customer_account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e2a46338d0ed4629a5c2c2864c07f910'
                                key: {
                                    name: 'customer_account'
                                    caption: 'Account'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eaf4087227384377a2a3795588fee6f8'
                        key: {
                            document_key: '7a68a6eef6444c099a67189b1315bfda'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eb017f2ab14448a684c760ac3a14ad54'
                        key: {
                            document_key: 'd68f51765ac5457082956b54e4af5d93'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ebca2d0e5675436c874bff9d41a1defd'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ebf39ec275ad46a5846ac0c9732f8034'
                        key: {
                            list_id: {
                                id: '2a85a44c48324093bbece6e030f29be3'
                                key: {
                                    name: 'x_oal_lifecycle_stage'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'ec5c6a6fca4e42fcb6e0afd3e29e3141'
                        key: {
                            sys_ui_action: 'fcc904fcca5b499eb1b33e9555e548f4'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ed845d1fdffb48bf845d7b2d596c61e9'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'allow_backward'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'ed92ac6ded7c4a1dbb914ab2e9334922'
                        key: {
                            name: 'customer_account'
                            view: {
                                id: 'afb137c84c73438991fd5d4dce4478bb'
                                key: {
                                    name: 'x_oal_lifecycle'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ed9cb4ea601346bda4df691d6f6792fe'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'target_stage'
                            value: 'onboarding'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eda18d4a186946b3a195cec30f402cf0'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eda5ea269c4848f2a7fdcdfd9762cf2c'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'opened_by'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'edc65b4f177d445582f624ee6e2df0ac'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'edd8d3121cbf47dbb08a99a411744642'
                        key: {
                            document_key: 'fdd17f2bad00473a9a1b240d23a3567f'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ee80f16da7424ec69fe58dc297f501ea'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'source'
                            value: 'line_item'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ee813a5042814b95b2828ad3af4927a2'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'abcf2754257840109b74e6644c0ca7d4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ee937d8fedc140fc99d0e38d000db299'
                        key: {
                            document_key: 'abcf2754257840109b74e6644c0ca7d4'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eee7aa58d2b34b96a43372df143d1728'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'efe1ec7258a54389a655f9e75018bbf0'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'scope'
                            value: 'any'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f000a6689dfc47198541a142c1338236'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                            value: 'voluntary'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f03b3c1b4aa64d7a856dcf3ead5c8345'
                        key: {
                            sys_security_acl: '1568167854a04d15a627e9592585652e'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f0d7a57cdf7d4df3984dc2f77cef8bf5'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'event_key'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'f0eee0d4ae734caeb88e87a832a5eb56'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            caption: 'Stage period'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f147f316114149daba944b5646a6f274'
                        key: {
                            list_id: {
                                id: '58c62ba85d7f4e61bbf9a09f5d5ba063'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'order'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f1657c0862ef41c3a6cb33b66dd0fd35'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'account'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f1a41065bb044226b83eb73b555e4188'
                        key: {
                            sys_ui_section: {
                                id: '9ff33459bb9e4581ac36ae8d36a174db'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Outcome'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'stage_rule'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f22ef0d24a1f4392966dacd484d239ba'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'action'
                            value: 'place'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'f2f79f52c6ab4e30aae96fbfa57fbda2'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'state_from'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'f31b223070d74f02936752401c4cd25c'
                        key: {
                            logical_table_name: 'x_oal_lifecycle_event'
                            col_name_string: 'account,sequence'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f3476e80128442b2aab97ebbae9ffaf6'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'c2200db84121462090e52d6316f95714'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f382557184804201a6b3a4f5c7e8d26c'
                        key: {
                            sys_ui_section: {
                                id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Condition'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'condition_field'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f3a755b766c44e40966638d63d98b6b3'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'occurred_at'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f46cc8cc7dc942d594ed3e3bb826addd'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'bd937c3da2434c8ca26196c24a6f3d76'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f4f55093bb1744eda77b3f4269f9b27a'
                        key: {
                            sys_security_acl: '09861400465349558964710d2758c09e'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f5935a2a13434c84a583f2164d5288a7'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'reason'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f5d76c9d6aa84f16bd4c1d76f73374eb'
                        key: {
                            sys_ui_section: {
                                id: '1cca5a9e95424e62a28836afbcd9012f'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Targets'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_stage'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6133da953d9425b8d6b62ff8936dd9a'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f63622ad8a3a4f22bb88909f959f1a9d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '98acccdacbfb4a51a369ac91828a2bff'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f63d1d5b58c4400db08ec6f4f12f411a'
                        key: {
                            document_key: '721d1fdcaa344f7fb3bbc42cb03f828d'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f6670a7a19ab43bcaaf122522db2dabf'
                        key: {
                            name: 'x_oal_lifecycle_event'
                            element: 'churn_type'
                            value: 'migration'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f6753c7a8cb240bca0acb34e3e6e2eb3'
                        key: {
                            document_key: '35046bb288954f8a9bc328d1f07322fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f6aeb6e7b67b46b8a31e7a954d1cc7b1'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'action'
                            value: 'disconnect'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6c109cdc67d4f509314933b389aece1'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'heartbeat'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f70ed26193604923b26c7ebd785291a2'
                        key: {
                            document_key: '7a68a6eef6444c099a67189b1315bfda'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7620855a0494ac4bc7849468274cb65'
                        key: {
                            document_key: 'da009f08515a4774b4b99ee5ee1c5ba5'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7d07f3b7be441f3a8129eb724a9d54f'
                        key: {
                            document_key: '721d1fdcaa344f7fb3bbc42cb03f828d'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f7d93d120e904a25b04313f164ef8aaa'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'milestone'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f7f7855122694f469dce34aecb434f04'
                        key: {
                            list_id: {
                                id: '1ae6cbcd7dc4424ba5b6a400fb4556af'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'afb137c84c73438991fd5d4dce4478bb'
                                        key: {
                                            name: 'x_oal_lifecycle'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'customer_account'
                                }
                            }
                            element: 'outcome'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f81a1372dbc1418580ad42f8e9ad3746'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'total'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f849e727e811438f9529c2b4700fb43b'
                        key: {
                            sys_security_acl: 'aec315e47fbc438e9e5b1a4c0c11d65a'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f859a51afc8c475a810c5bbf87733429'
                        key: {
                            sys_security_acl: 'b6e91244536241a291ecfb79abcc774c'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fa0649e0545c410ea8a57b6be89d6c9e'
                        key: {
                            sys_security_acl: 'dbf28b2bd04e4f6a96c0ff503a616b41'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'fa19f632391d4733a0e3026fc262d1a8'
                        key: {
                            sys_ui_form: {
                                id: '84f45ec92f5943b78498bd392d325a52'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e1e01d436bd345568aa8143cb8dbee1c'
                                key: {
                                    name: 'x_oal_lifecycle_event'
                                    caption: 'Signals'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'fa8ec499a5ab48dbb60185f5408c0df0'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            caption: 'Condition'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fb573a08fb9746b38f8cffbb43b0b91e'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'account'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fbbb861ef0d9433bbf04a7998ca091a6'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'overdue_since'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fbdb2b45c83243b0aedfeb235d2b6ff3'
                        key: {
                            sys_security_acl: 'a6e181240d694914b0b9025a967c858e'
                            sys_user_role: {
                                id: '2a30c17562204e69ad5935550d7a4c5b'
                                key: {
                                    name: 'x_oal_lifecycle.agent'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc9d7e28e2b94293a533101f73cebfc7'
                        key: {
                            name: 'x_oal_lifecycle_stage'
                            element: 'ended_at'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'fcb4c66198f5470888ab34dd4164ccbf'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'target_stage'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fccc1e7a54774cec9c9a62d93a97b07c'
                        key: {
                            document_key: 'fdd17f2bad00473a9a1b240d23a3567f'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fccc6a2c20684a52846c5cf1f4e2607e'
                        key: {
                            document_key: '96f378e6accd4c5883390910a4198922'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sn_glider_source_artifact_m2m'
                        id: 'fcd253ce55ce43b49d62c07ee8dd5e5d'
                        key: {
                            application_file: 'c0bfb4f6fa1c4fefa909efde3219322c'
                            source_artifact: '9f39698e7f7f42d2a72516bb2fcddac6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fcf85b8d9edb4f37a3ee996a93f1d792'
                        key: {
                            sys_security_acl: 'd1831442d626492c8449d6657222fd60'
                            sys_user_role: {
                                id: '46da01c6419641288994d577680645e0'
                                key: {
                                    name: 'x_oal_lifecycle.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fd0c62e6adbc44de97543a2626ac3c65'
                        key: {
                            name: 'x_oal_lifecycle_reason'
                            element: 'churn_type'
                            value: 'involuntary'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fd3a70cdb30047d8ad269f6077dbb418'
                        key: {
                            name: 'x_oal_lifecycle_time_rule'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'fd81bca72932489883744bfeab202a5d'
                        key: {
                            list_id: {
                                id: '0e9d2d57175a453499ce3d0afc9c08fd'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_stage'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'fdc53d132b0549aeae8b5b47efb5aa6c'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4baaa31887a24df9be120a4f9625a4dc'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'fdf1b9df2b12419f9768c5ef1817a251'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'order'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe15969de72b453c8c0f57c665dd8eeb'
                        key: {
                            name: 'x_oal_lifecycle_recalc'
                            element: 'state'
                            value: 'running'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fe1d4dc8324f46568ccfaba21b491b9c'
                        key: {
                            name: 'customer_account'
                            element: 'x_oal_lifecycle_pinned_until'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fe22a0ea44f042639fa1f238b8914584'
                        key: {
                            name: 'x_oal_lifecycle_rule'
                            element: 'from_state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fe959079bacb4413b5994b322d9cea03'
                        key: {
                            sys_ui_section: {
                                id: '683be191a52e4e67bf3b91d9bffbe9f9'
                                key: {
                                    name: 'x_oal_lifecycle_rule'
                                    caption: 'Trigger'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'milestone'
                            position: '3'
                        }
                    },
                ]
            }
        }
    }
}
